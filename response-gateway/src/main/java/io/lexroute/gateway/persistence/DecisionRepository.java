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

    /** Those of {@code orderIds} that have at least one decision. */
    public Set<UUID> decidedAmong(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("""
                        select distinct decision.orderId from DecisionEntity decision
                        where decision.orderId in ?1""", UUID.class)
                .setParameter(1, orderIds)
                .getResultList());
    }

    public List<DecisionEntity> revisions(UUID orderId) {
        return list("orderId", Sort.ascending("revision"), orderId);
    }
}
