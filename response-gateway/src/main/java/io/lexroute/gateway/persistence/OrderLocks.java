package io.lexroute.gateway.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Serialises the changes to one order across every instance of the gateway: a PostgreSQL advisory lock held until the
 * transaction ends. Whoever changes an order (a consumer, a provider, a reviewer, the hold scheduler) takes it first,
 * then reads, so decision revisions are numbered without clashes and no change is based on a stale revision.
 *
 * <p>Every change of an order is also written to the audit log, whose chain lock is taken here first: all locks are
 * then taken in one order (chain, then orders), so a consumer applying a batch of orders in one transaction and a
 * provider's request on one of them cannot deadlock.
 */
@ApplicationScoped
public class OrderLocks {

    private final EntityManager entityManager;
    private final AuditLogRepository auditLog;

    public OrderLocks(EntityManager entityManager, AuditLogRepository auditLog) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID orderId) {
        auditLog.lockChain();
        entityManager.createNativeQuery("""
                        select count(*) from (
                            select pg_advisory_xact_lock(hashtext('response-gateway.order'), hashtext(?1))
                        ) as locked""")
                .setParameter(1, orderId.toString())
                .getSingleResult();
    }
}
