package io.lexroute.gateway.persistence;

import io.lexroute.outbox.PlainSql;
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
     * Those of {@code orderIds} that have at least one decision. Asked for every poll of located orders: one statement
     * with the ids as one array, as plain SQL (see PlainSql for what a native query would cost).
     */
    public Set<UUID> decidedAmong(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(PlainSql.list(getEntityManager(),
                "select distinct order_id from decision where order_id = any(?)",
                row -> row.getObject(1, UUID.class), PlainSql.array("uuid", orderIds)));
    }

    public List<DecisionEntity> revisions(UUID orderId) {
        return list("orderId", Sort.ascending("revision"), orderId);
    }
}
