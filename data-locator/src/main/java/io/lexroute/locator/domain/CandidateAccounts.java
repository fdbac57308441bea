package io.lexroute.locator.domain;

import io.lexroute.contracts.EuAddressee;
import java.util.List;
import java.util.Map;

/**
 * The catalog accounts that may hold the targets of a batch of orders, per provider, and the addressee of orders in
 * the Union of each provider that recorded one: read once for the batch, then handed to {@link LocationFinder} order
 * by order (it ignores the accounts an order's targets do not designate).
 */
public record CandidateAccounts(Map<String, List<Account>> byProvider, Map<String, EuAddressee> addressees) {

    public List<Account> of(String provider) {
        return byProvider.getOrDefault(provider, List.of());
    }

    /** The provider's addressee, or null when it recorded none. */
    public EuAddressee addresseeOf(String provider) {
        return addressees.get(provider);
    }
}
