package io.lexroute.resolver.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.UUID;

/**
 * Serialises the assessments of one order across threads and instances for the rest of the caller's transaction
 * (a PostgreSQL transaction-level advisory lock), so two re-assessments cannot both find the order stale.
 */
public final class OrderLock {

    private OrderLock() {
    }

    public static void acquire(UUID orderId) {
        long key = orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, key)
                .getSingleResult();
    }
}
