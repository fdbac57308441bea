package io.lexroute.gateway;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The orders of a poll of located orders that had no decision when the poll was prepared ({@link
 * GatewayService#prepareDecisions}): their first decision needs no query. Taking an order out marks it decided, so a
 * second located event of the same order in the poll reads the revision just stored.
 */
public final class UndecidedOrders {

    private final Set<UUID> undecided;

    UndecidedOrders(Collection<UUID> undecided) {
        this.undecided = new HashSet<>(undecided);
    }

    /** True once for an order that had no decision; false for any other, or the second time. */
    boolean takeFirstDecision(UUID orderId) {
        return undecided.remove(orderId);
    }
}
