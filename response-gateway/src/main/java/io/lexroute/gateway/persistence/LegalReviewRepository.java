package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LegalReviewRepository implements PanacheRepositoryBase<LegalReviewEntity, UUID> {

    public List<LegalReviewEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("createdAt").and("dataCategory").and("country"), orderId);
    }

    public Optional<LegalReviewEntity> of(UUID orderId, OutcomeKey key) {
        return find("orderId = ?1 and dataCategory = ?2 and country = ?3", orderId, key.dataCategory(),
                key.location()).firstResultOptional();
    }

    /** {@code limit} rows of the queue from {@code first}, oldest first, optionally of one status and one order. */
    public List<LegalReviewEntity> queue(Optional<ReviewStatus> status, Optional<UUID> orderId, int first,
            int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        status.ifPresent(wanted -> {
            conditions.add("status = :status");
            parameters.and("status", wanted);
        });
        orderId.ifPresent(wanted -> {
            conditions.add("orderId = :orderId");
            parameters.and("orderId", wanted);
        });
        Sort oldestFirst = Sort.ascending("createdAt").and("id");
        if (conditions.isEmpty()) {
            return findAll(oldestFirst).range(first, first + limit - 1).list();
        }
        return find(String.join(" and ", conditions), oldestFirst, parameters).range(first, first + limit - 1)
                .list();
    }
}
