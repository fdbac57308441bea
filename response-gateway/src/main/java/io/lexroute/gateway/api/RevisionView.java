package io.lexroute.gateway.api;

import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.persistence.DecisionEntity;
import java.util.UUID;

/**
 * The revision of the decision a request caused; a provider learns no more than that (the decision itself is the
 * issuing authority's to read).
 */
public record RevisionView(UUID orderId, int revision, OrderStatus status, String decision) {

    static RevisionView of(DecisionEntity revision) {
        return new RevisionView(revision.orderId, revision.revision, revision.status,
                "/api/v1/decisions/" + revision.orderId);
    }
}
