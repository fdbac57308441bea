package io.lexroute.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * data-locator found where each requested category is stored. {@code unmatchedTargets} are the order's targets that
 * match no account of the provider. {@code addressee} is the provider's addressee of orders in the Union, as its
 * catalog recorded it when the order was located; null when the provider recorded none.
 */
public record OrderLocated(
        UUID orderId,
        Order order,
        Assessment assessment,
        List<StorageLocation> locations,
        List<Order.Target> unmatchedTargets,
        Instant locatedAt,
        EuAddressee addressee) implements OrderEvent {

    /** A provider without a recorded addressee, or an event from a data-locator that predates it. */
    public OrderLocated(UUID orderId, Order order, Assessment assessment, List<StorageLocation> locations,
            List<Order.Target> unmatchedTargets, Instant locatedAt) {
        this(orderId, order, assessment, locations, unmatchedTargets, locatedAt, null);
    }
}
