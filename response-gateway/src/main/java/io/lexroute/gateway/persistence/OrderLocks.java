package io.lexroute.gateway.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Serialises the changes to one order across every instance of the gateway: a PostgreSQL advisory lock held until the
 * transaction ends. Whoever changes an order (a consumer, a provider, a reviewer, the hold scheduler) takes it first,
 * then reads, so decision revisions are numbered without clashes and no change is based on a stale revision.
 */
@ApplicationScoped
public class OrderLocks {

    private final EntityManager entityManager;

    public OrderLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID orderId) {
        entityManager.createNativeQuery("""
                        select count(*) from (
                            select pg_advisory_xact_lock(hashtext('response-gateway.order'), hashtext(?1))
                        ) as locked""")
                .setParameter(1, orderId.toString())
                .getSingleResult();
    }
}
