package io.lexroute.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * data-locator found where each requested category is stored. {@code unmatchedTargets} are the order's targets that
 * match no account of the provider.
 */
public record OrderLocated(
        UUID orderId,
        Order order,
        Assessment assessment,
        List<StorageLocation> locations,
        List<Order.Target> unmatchedTargets,
        Instant locatedAt) implements OrderEvent {
}
