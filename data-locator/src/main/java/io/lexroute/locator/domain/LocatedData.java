package io.lexroute.locator.domain;

import io.lexroute.contracts.Order;
import io.lexroute.contracts.StorageLocation;
import java.util.List;

/** Where an order's requested data is stored, and which of its targets designate no account of the provider. */
public record LocatedData(List<StorageLocation> locations, List<Order.Target> unmatchedTargets) {

    public LocatedData {
        locations = List.copyOf(locations);
        unmatchedTargets = List.copyOf(unmatchedTargets);
    }
}
