package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.domain.Deadlines;
import io.lexroute.gateway.domain.ReviewStatus;
import io.lexroute.gateway.persistence.LegalReviewEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An outcome in the legal review queue: what is to be decided and why a person must, the objection a reviewer filed
 * under Art. 17 (while it suspends execution, and after), or what was decided. {@code decide} links the decision
 * endpoint while the review is open; {@code overdue} concerns a review no one has acted on yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(
        UUID id,
        UUID orderId,
        String orderReference,
        String provider,
        String authority,
        DataCategory dataCategory,
        String location,
        ReviewStatus status,
        List<Ground> grounds,
        Instant answerDeadline,
        boolean overdue,
        int decisionRevision,
        Instant createdAt,
        String reviewer,
        Outcome outcome,
        String reason,
        Instant decidedAt,
        String objectedBy,
        String objection,
        Instant objectedAt,
        String decide) {

    static ReviewView of(LegalReviewEntity review, Instant now) {
        boolean pending = review.status == ReviewStatus.PENDING;
        return new ReviewView(review.id, review.orderId, review.orderReference, review.provider, review.authority,
                review.dataCategory, review.country, review.status, review.readGrounds(), review.answerDeadline,
                pending && Deadlines.isOverdue(review.answerDeadline, now), review.decisionRevision,
                review.createdAt, review.reviewer, review.outcome, review.reason, review.decidedAt,
                review.objectedBy, review.objection, review.objectedAt,
                review.status.isOpen() ? "/api/v1/reviews/" + review.orderId + "/decision" : null);
    }
}
