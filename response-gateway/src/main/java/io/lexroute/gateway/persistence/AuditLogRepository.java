package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuditLogRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {

    private static final String CHAIN_LOCKED = AuditLogRepository.class.getName() + ".chainLocked";

    private final TransactionSynchronizationRegistry transaction;

    public AuditLogRepository(TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
    }

    /**
     * Takes the chain's transaction-scoped advisory lock: one appender at a time across every instance, until its
     * transaction ends, so each entry is chained to the last committed one and the chain never forks. A transaction
     * that holds it already (a batch of orders) does not ask PostgreSQL again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockChain() {
        if (transaction.getResource(CHAIN_LOCKED) != null) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        select count(*) from (
                            select pg_advisory_xact_lock(hashtext('response-gateway.audit-log'), 0)
                        ) as locked""")
                .getSingleResult();
        transaction.putResource(CHAIN_LOCKED, Boolean.TRUE);
    }

    public Optional<AuditLogEntity> last() {
        return find("order by seq desc").firstResultOptional();
    }

    /** Up to {@code size} entries after {@code afterSeq}, in seq order. */
    public List<AuditLogEntity> after(long afterSeq, int size) {
        return find("seq > ?1", Sort.ascending("seq"), afterSeq).page(0, size).list();
    }

    public List<AuditLogEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("seq"), orderId);
    }
}
