package io.lexroute.resolver.persistence;

import io.lexroute.outbox.PlainSql;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Serialises the assessments of one order across threads and instances for the rest of the caller's transaction
 * (a PostgreSQL transaction-level advisory lock), so two re-assessments cannot both find the order stale.
 */
public final class OrderLock {

    private OrderLock() {
    }

    public static void acquire(UUID orderId) {
        acquireAll(List.of(orderId));
    }

    /** Locks the orders in one statement, in key order, so that two callers locking several cannot deadlock. */
    public static void acquireAll(Collection<UUID> orderIds) {
        Long[] keys = orderIds.stream().map(OrderLock::keyOf).distinct().sorted().toArray(Long[]::new);
        if (keys.length == 0) {
            return;
        }
        PlainSql.run(Panache.getEntityManager(), """
                select pg_advisory_xact_lock(key) from (select key from unnest(?) as key order by key) as sorted""",
                PlainSql.array("bigint", keys));
    }

    private static long keyOf(UUID orderId) {
        return orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
    }
}
