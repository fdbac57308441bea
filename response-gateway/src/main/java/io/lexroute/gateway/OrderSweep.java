package io.lexroute.gateway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jboss.logging.Logger;

/**
 * What a scheduler's tick does to the orders that are due: one transaction per order, so that one failing order holds
 * up no other (it is tried again on the next tick).
 */
final class OrderSweep {

    private static final Logger LOG = Logger.getLogger(OrderSweep.class);

    private OrderSweep() {
    }

    /**
     * @param due  the orders due now, read in a transaction of its own
     * @param work what to do to one order, in a transaction of its own; returns how many things it did
     * @param what what the work is, for the log line of an order that failed (e.g. "Releasing the due holds")
     * @return how many things the work did in all
     */
    static int each(Supplier<List<UUID>> due, ToIntFunction<UUID> work, String what) {
        List<UUID> orders = QuarkusTransaction.requiringNew().call(due::get);
        int done = 0;
        for (UUID orderId : orders) {
            try {
                done += QuarkusTransaction.requiringNew().call(() -> work.applyAsInt(orderId));
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s of order %s failed; trying again on the next tick", what, orderId);
            }
        }
        return done;
    }
}
