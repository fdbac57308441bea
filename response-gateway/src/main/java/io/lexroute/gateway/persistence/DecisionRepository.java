package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionEntity, DecisionEntity.Key> {

    public Optional<DecisionEntity> latest(UUID orderId) {
        return find("orderId", Sort.descending("revision"), orderId).firstResultOptional();
    }

    /** The submitter as the latest revision records it, without reading the decision itself. */
    public Optional<String> submitterOf(UUID orderId) {
        return getEntityManager().createQuery("""
                        select decision.submittedBy from DecisionEntity decision
                        where decision.orderId = ?1 order by decision.revision desc""", String.class)
                .setParameter(1, orderId)
                .setMaxResults(1)
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * Those of {@code orderIds} that have at least one decision. Asked for every poll of located orders, so the ids
     * go in as one array: the same statement whatever their number, not translated again per list length.
     */
    public Set<UUID> decidedAmong(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createNativeQuery(
                        "select distinct order_id from decision where order_id = any(cast(?1 as uuid[]))", UUID.class)
                .setParameter(1, orderIds.toArray(UUID[]::new))
                .getResultList());
    }

    public List<DecisionEntity> revisions(UUID orderId) {
        return list("orderId", Sort.ascending("revision"), orderId);
    }
}
