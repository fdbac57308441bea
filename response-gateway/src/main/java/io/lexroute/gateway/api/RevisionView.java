package io.lexroute.gateway.api;

import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.persistence.DecisionEntity;
import java.util.UUID;

/**
 * The revision of the decision a request caused; a provider reporting data not found, or an authority objecting to a
 * hold, learns no more than that (the decision itself is for the issuing authority, operators and legal reviewers).
 */
public record RevisionView(UUID orderId, int revision, OrderStatus status, String decision) {

    static RevisionView of(DecisionEntity revision) {
        return new RevisionView(revision.orderId, revision.revision, revision.status,
                "/api/v1/decisions/" + revision.orderId);
    }
}
