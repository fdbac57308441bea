package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuditLogRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {

    /**
     * Takes the chain's transaction-scoped advisory lock: one appender at a time across every instance, until its
     * transaction ends, so each entry is chained to the last committed one and the chain never forks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockChain() {
        getEntityManager().createNativeQuery("""
                        select count(*) from (
                            select pg_advisory_xact_lock(hashtext('response-gateway.audit-log'), 0)
                        ) as locked""")
                .getSingleResult();
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
