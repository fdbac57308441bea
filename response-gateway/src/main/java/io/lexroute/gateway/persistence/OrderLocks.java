package io.lexroute.gateway.persistence;

import io.lexroute.outbox.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private static final String LOCKED = OrderLocks.class.getName() + ".locked";

    private final EntityManager entityManager;
    private final AuditLogRepository auditLog;
    private final TransactionSynchronizationRegistry transaction;

    public OrderLocks(EntityManager entityManager, AuditLogRepository auditLog,
            TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    /** Locks the order until the transaction ends; an order this transaction has locked already is not asked again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID orderId) {
        lockAll(List.of(orderId));
    }

    /**
     * Locks the orders in one statement, in a fixed order, after the audit chain; orders this transaction has locked
     * already are left out, and nothing is asked when none is left.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<UUID> orderIds) {
        Set<UUID> locked = lockedHere();
        String[] ids = orderIds.stream().filter(id -> !locked.contains(id)).map(UUID::toString).sorted().distinct()
                .toArray(String[]::new);
        if (ids.length == 0) {
            return;
        }
        auditLog.lockChain();
        PlainSql.run(entityManager, """
                        select pg_advisory_xact_lock(hashtext('response-gateway.order'), hashtext(id))
                        from (select id from unnest(?) as id order by id) as sorted""",
                PlainSql.array("text", ids));
        orderIds.forEach(locked::add);
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> lockedHere() {
        Set<UUID> locked = (Set<UUID>) transaction.getResource(LOCKED);
        if (locked == null) {
            locked = new HashSet<>();
            transaction.putResource(LOCKED, locked);
        }
        return locked;
    }
}
