package io.lexroute.gateway;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.domain.HoldState;
import io.lexroute.gateway.domain.NotificationHolds;
import io.lexroute.gateway.domain.OutcomeChange;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewAction;
import io.lexroute.gateway.domain.ReviewStatus;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.HoldTimerRepository;
import io.lexroute.gateway.persistence.LegalReviewEntity;
import io.lexroute.gateway.persistence.LegalReviewRepository;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The legal review queue: outcomes a machine should not settle alone, decided by a named reviewer. */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final LegalReviewRepository reviews;
    private final ReleaseTaskRepository tasks;
    private final HoldTimerRepository timers;
    private final GatewayService gateway;
    private final AuditLog audit;
    private final GatewayConfig config;

    public ReviewService(LegalReviewRepository reviews, ReleaseTaskRepository tasks, HoldTimerRepository timers,
            GatewayService gateway, AuditLog audit, GatewayConfig config) {
        this.reviews = reviews;
        this.tasks = tasks;
        this.timers = timers;
        this.gateway = gateway;
        this.audit = audit;
        this.config = config;
    }

    /** The largest page of the queue, and the page size when none is asked for. */
    public int largestPage() {
        return config.reviewPageSize();
    }

    /** One page of the queue, oldest first. */
    @Transactional
    public ListPage<LegalReviewEntity> queue(Optional<ReviewStatus> status, Optional<UUID> orderId, PageRequest page) {
        return page.read((first, limit) -> reviews.queue(status, orderId, first, limit));
    }

    /**
     * Acts on an open review in a new revision of the decision, grounded on the reviewer's name and reason: a release
     * or refusal settles it (from {@code PENDING}, or from {@code OBJECTION_FILED} once the objection has run its
     * course); an objection ({@link ReviewAction#OBJECT}) keeps the outcome in review, execution suspended
     * (Art. 17). Audited as {@code actor}'s: the review decision, then the revision.
     */
    @Transactional
    public DecisionEntity decide(UUID orderId, ReviewDecision decision, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        OutcomeKey key = decision.outcome();
        LegalReviewEntity review = reviews.of(orderId, key)
                .filter(candidate -> candidate.status.isOpen())
                .orElseThrow(() -> notPending(orderId, key));
        if (decision.reviewRevision() != null && decision.reviewRevision() != review.decisionRevision) {
            throw new StateConflictException("The review of " + key + " of order " + orderId + " has changed since "
                    + "revision " + decision.reviewRevision() + " (it is now at revision " + review.decisionRevision
                    + ", with the grounds and deadline of that revision): read it again before deciding.");
        }
        CategoryOutcome inReview = latest.readDecision().outcomes().stream()
                .filter(outcome -> OutcomeKey.of(outcome).equals(key))
                .filter(outcome -> outcome.outcome() == Outcome.LEGAL_REVIEW)
                .findFirst()
                .orElseThrow(() -> notPending(orderId, key));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean objects = decision.decided() == ReviewAction.OBJECT;
        List<OutcomeChange> changes = objects
                ? fileObjection(latest, review, inReview, decision, now)
                : List.of(settle(latest, review, decision, now));
        String suspendedWithIt = changes.stream().map(OutcomeChange::key).filter(other -> !other.equals(key))
                .map(other -> other.dataCategory() + "@" + other.location()).collect(Collectors.joining(","));
        LOG.infof("%s decided %s for %s of order %s", decision.reviewer(), decision.decided(), key, orderId);
        audit.append(actor, AuditAction.REVIEW_DECIDED, orderId, AuditLog.details(
                "reviewId", review.id.toString(), "dataCategory", key.dataCategory().name(),
                "location", key.location(), "outcome", decision.decided().name(), "reviewer", decision.reviewer(),
                "reviewRevision", review.decisionRevision,
                "reason", decision.reason(), "alsoSuspended", suspendedWithIt.isEmpty() ? null : suspendedWithIt));
        return gateway.revise(latest, changes, "legal-review:" + review.id + (objects ? ":objection" : ""), actor);
    }

    /**
     * The same category held or to be released at another location (a copy of the data elsewhere) is suspended with
     * the objection: releasing a copy would do what the objection says the provider may not. Data already delivered
     * (its package uploaded) is past suspending.
     */
    private List<OutcomeKey> sameDataElsewhere(DecisionEntity latest, OutcomeKey key) {
        Set<OutcomeKey> delivered = tasks.deliveredOf(latest.orderId);
        return latest.readDecision().outcomes().stream()
                .filter(outcome -> outcome.dataCategory() == key.dataCategory() && outcome.location() != null)
                .filter(outcome -> !OutcomeKey.of(outcome).equals(key))
                .filter(outcome -> outcome.outcome() == Outcome.HOLD
                        || outcome.outcome() == Outcome.RELEASE && !delivered.contains(OutcomeKey.of(outcome)))
                .map(OutcomeKey::of)
                .toList();
    }

    /**
     * The review is decided: a release (still held where a notification hold applies, unless its window already
     * ended, as for a copy suspended by an objection after its hold ran out) or a refusal.
     */
    private OutcomeChange settle(DecisionEntity latest, LegalReviewEntity review, ReviewDecision decision,
            Instant now) {
        Outcome decided = decision.decided().settledOutcome();
        if (decided == Outcome.RELEASE && latest.readLocated().order().instrument() == Instrument.EPOC_PR) {
            throw new StateConflictException("Order " + latest.orderId + " is a European Preservation Order: it "
                    + "obliges the provider to preserve data, never to disclose it (Regulation (EU) 2023/1543 "
                    + "Art. 1(1)), so a review may refuse it but not release the data; disclosure needs a production "
                    + "order.");
        }
        review.status = ReviewStatus.DECIDED;
        review.reviewer = decision.reviewer();
        review.outcome = decided;
        review.reason = decision.reason();
        review.decidedAt = now;
        review.updatedAt = now;
        OutcomeKey key = decision.outcome();
        Ground reviewed = Grounds.reviewDecision(decision.reviewer(), decision.reason());
        boolean windowEnded = timers.ofOrder(latest.orderId).stream()
                .anyMatch(timer -> timer.key().equals(key) && timer.state == HoldState.RELEASED);
        Optional<Assessment.Hold> hold = decided == Outcome.RELEASE && !windowEnded
                ? NotificationHolds.of(latest.readLocated(), key.dataCategory()).filter(Assessment.Hold::suspendsRelease)
                : Optional.empty();
        return hold
                .map(h -> OutcomeChange.reviewedReleaseStillHeld(key, h.ground(), reviewed))
                .orElseGet(() -> OutcomeChange.reviewed(key, decided, reviewed));
    }

    /**
     * Files a reasoned objection under Regulation (EU) 2023/1543 Art. 17: only against a European Production Order
     * whose outcome the resolver sent to review for a conflict with a third country's law, and only once. The
     * outcome stays in review (nothing released; a notification window's end releases nothing either) and the review
     * stays open for what comes of it.
     */
    private List<OutcomeChange> fileObjection(DecisionEntity latest, LegalReviewEntity review,
            CategoryOutcome inReview, ReviewDecision decision, Instant now) {
        OutcomeKey key = decision.outcome();
        if (review.status == ReviewStatus.OBJECTION_FILED) {
            throw new StateConflictException("An objection under Regulation (EU) 2023/1543 Art. 17 was already filed "
                    + "for " + key.dataCategory() + " data in " + key.location() + " of order " + latest.orderId
                    + " (by " + review.objectedBy + ", " + review.objectedAt + "); record what came of it with "
                    + "RELEASE or REFUSE.");
        }
        Instrument instrument = latest.readLocated().order().instrument();
        if (instrument != Instrument.EPOC) {
            throw new StateConflictException("An objection under Regulation (EU) 2023/1543 Art. 17 concerns European "
                    + "Production Orders (EPOC); order " + latest.orderId + " is " + instrument + ".");
        }
        List<Ground> grounds = inReview.grounds() == null ? List.of() : inReview.grounds();
        if (grounds.stream().noneMatch(ground -> Grounds.THIRD_COUNTRY_CONFLICT.equals(ground.code()))) {
            String sentFor = grounds.stream().map(Ground::code).collect(Collectors.joining(", "));
            throw new StateConflictException("An objection under Regulation (EU) 2023/1543 Art. 17 concerns production "
                    + "orders whose execution would conflict with a third country's law; this outcome was sent to "
                    + "review for " + sentFor + ", not for such a conflict (" + Grounds.THIRD_COUNTRY_CONFLICT + ").");
        }
        review.status = ReviewStatus.OBJECTION_FILED;
        review.objectedBy = decision.reviewer();
        review.objection = decision.reason();
        review.objectedAt = now;
        review.updatedAt = now;
        Ground filed = Grounds.objectionFiled(decision.reviewer(), decision.reason());
        List<OutcomeChange> changes = new ArrayList<>(List.of(OutcomeChange.objectionFiled(key, filed)));
        sameDataElsewhere(latest, key).forEach(other -> changes.add(OutcomeChange.objectionFiled(other, filed)));
        return changes;
    }

    private static StateConflictException notPending(UUID orderId, OutcomeKey key) {
        return new StateConflictException("No legal review is pending for " + key.dataCategory() + " data in "
                + key.location() + " of order " + orderId + ".");
    }
}
