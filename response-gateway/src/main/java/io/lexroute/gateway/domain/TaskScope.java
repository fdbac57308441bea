package io.lexroute.gateway.domain;

import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.StorageLocation;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What a provider must export for a release task: which accounts, where, held by whom, over which time range. */
public record TaskScope(List<String> accountIds, List<String> sites, List<String> custodians,
        Order.TimeRange timeRange) {

    public static TaskScope of(OrderLocated located, OutcomeKey key) {
        List<StorageLocation> stored = located.locations().stream()
                .filter(location -> location.dataCategory() == key.dataCategory()
                        && Objects.equals(location.country(), key.location()))
                .toList();
        return new TaskScope(distinct(stored, StorageLocation::accountId), distinct(stored, StorageLocation::site),
                distinct(stored, StorageLocation::custodian), located.order().timeRange());
    }

    private static List<String> distinct(List<StorageLocation> stored, Function<StorageLocation, String> field) {
        return stored.stream().map(field).filter(Objects::nonNull).distinct().toList();
    }
}
