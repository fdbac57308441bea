package io.lexroute.gateway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
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
     * Works through every order due now, reading them a page at a time. Orders whose work failed stay due and come
     * first again (the due orders are read oldest first), so each further page reads past the orders this tick has
     * already tried: a page full of orders that fail every time cannot keep the ones behind it waiting for good.
     *
     * @param pageSize how many untried orders a page reads
     * @param due      the orders due now, oldest first, at most the given number, read in a transaction of its own
     * @param work     what to do to one order, in a transaction of its own; returns how many things it did
     * @param what     what the work is, for the log line of an order that failed (e.g. "Releasing the due holds")
     * @return how many things the work did in all
     */
    static int each(int pageSize, IntFunction<List<UUID>> due, ToIntFunction<UUID> work, String what) {
        Set<UUID> tried = new HashSet<>();
        int done = 0;
        while (true) {
            int limit = tried.size() + pageSize;
            List<UUID> orders = QuarkusTransaction.requiringNew().call(() -> due.apply(limit));
            List<UUID> untried = orders.stream().filter(orderId -> !tried.contains(orderId)).toList();
            for (UUID orderId : untried) {
                tried.add(orderId);
                try {
                    done += QuarkusTransaction.requiringNew().call(() -> work.applyAsInt(orderId));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "%s of order %s failed; trying again on the next tick", what, orderId);
                }
            }
            if (untried.isEmpty() || orders.size() < limit) {
                return done;
            }
        }
    }
}
