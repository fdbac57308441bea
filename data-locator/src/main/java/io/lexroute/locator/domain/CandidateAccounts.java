package io.lexroute.locator.domain;

import java.util.List;
import java.util.Map;

/**
 * The catalog accounts that may hold the targets of a batch of orders, per provider: read once for the batch, then
 * handed to {@link LocationFinder} order by order (it ignores the accounts an order's targets do not designate).
 */
public record CandidateAccounts(Map<String, List<Account>> byProvider) {

    public List<Account> of(String provider) {
        return byProvider.getOrDefault(provider, List.of());
    }
}
