package io.lexroute.gateway;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.domain.NotificationHolds;
import io.lexroute.gateway.domain.OutcomeChange;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewStatus;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.LegalReviewEntity;
import io.lexroute.gateway.persistence.LegalReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The legal review queue: outcomes a machine should not settle alone, decided by a named reviewer. */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final LegalReviewRepository reviews;
    private final GatewayService gateway;
    private final AuditLog audit;
    private final GatewayConfig config;

    public ReviewService(LegalReviewRepository reviews, GatewayService gateway, AuditLog audit, GatewayConfig config) {
        this.reviews = reviews;
        this.gateway = gateway;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public List<LegalReviewEntity> queue(Optional<ReviewStatus> status, Optional<UUID> orderId) {
        return reviews.queue(status, orderId, config.reviewPageSize());
    }

    /**
     * Settles a pending review: the outcome becomes what the reviewer decided, grounded on the reviewer's name and
     * reason, in a new revision of the decision. Audited as {@code actor}'s: the review decision, then the revision.
     */
    @Transactional
    public DecisionEntity decide(UUID orderId, ReviewDecision decision, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        OutcomeKey key = decision.outcome();
        LegalReviewEntity review = reviews.of(orderId, key)
                .filter(candidate -> candidate.status == ReviewStatus.PENDING)
                .orElseThrow(() -> notPending(orderId, key));
        boolean inReview = latest.readDecision().outcomes().stream()
                .filter(outcome -> OutcomeKey.of(outcome).equals(key))
                .map(CategoryOutcome::outcome)
                .anyMatch(outcome -> outcome == Outcome.LEGAL_REVIEW);
        if (!inReview) {
            throw notPending(orderId, key);
        }
        if (decision.decided() == Outcome.RELEASE
                && latest.readLocated().order().instrument() == Instrument.EPOC_PR) {
            throw new StateConflictException("Order " + orderId + " is a European Preservation Order: it obliges the "
                    + "provider to preserve data, never to disclose it (Regulation (EU) 2023/1543 Art. 1(1)), so a "
                    + "review may refuse it but not release the data; disclosure needs a production order.");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        review.status = ReviewStatus.DECIDED;
        review.reviewer = decision.reviewer();
        review.outcome = decision.decided();
        review.reason = decision.reason();
        review.decidedAt = now;
        review.updatedAt = now;
        LOG.infof("%s decided %s for %s of order %s", decision.reviewer(), decision.decided(), key, orderId);
        audit.append(actor, AuditAction.REVIEW_DECIDED, orderId, AuditLog.details(
                "reviewId", review.id.toString(), "dataCategory", key.dataCategory().name(),
                "location", key.location(), "outcome", decision.decided().name(), "reviewer", decision.reviewer(),
                "reason", decision.reason()));
        Ground reviewed = Grounds.reviewDecision(decision.reviewer(), decision.reason());
        Optional<Assessment.Hold> hold = decision.decided() == Outcome.RELEASE
                ? NotificationHolds.of(latest.readLocated(), key.dataCategory())
                : Optional.empty();
        OutcomeChange change = hold
                .map(h -> OutcomeChange.reviewedReleaseStillHeld(key, h.ground(), reviewed))
                .orElseGet(() -> OutcomeChange.reviewed(key, decision.decided(), reviewed));
        return gateway.revise(latest, List.of(change), "legal-review:" + review.id, actor);
    }

    private static StateConflictException notPending(UUID orderId, OutcomeKey key) {
        return new StateConflictException("No legal review is pending for " + key.dataCategory() + " data in "
                + key.location() + " of order " + orderId + ".");
    }
}
