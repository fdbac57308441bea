package io.lexroute.gateway;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.domain.Deadlines;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.domain.HoldState;
import io.lexroute.gateway.domain.NotificationHolds;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.PreservationPeriod;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.domain.ReviewStatus;
import io.lexroute.gateway.domain.SettledOutcomes;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.HoldTimerEntity;
import io.lexroute.gateway.persistence.HoldTimerRepository;
import io.lexroute.gateway.persistence.LegalReviewEntity;
import io.lexroute.gateway.persistence.LegalReviewRepository;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Puts each revision's outcomes to work: a release task per RELEASE, a preservation task per PRESERVE, a hold timer
 * per HOLD (and its release task, held until the timer's end), a review per LEGAL_REVIEW, each created once per
 * order, category and country, and reopened if a later revision needs it again. Open work that the revision no
 * longer calls for is cancelled. A review with an objection filed (Art. 17) is open work: it is neither reopened as
 * pending nor cancelled while the outcome stays in review.
 */
@ApplicationScoped
public class OutcomeFollowUps {

    private static final Logger LOG = Logger.getLogger(OutcomeFollowUps.class);
    /** Only if the assessment names no window for a held category, which the decision maker never produces. */
    private static final int FALLBACK_HOLD_WINDOW_HOURS = 240;

    private final ReleaseTaskRepository tasks;
    private final HoldTimerRepository timers;
    private final LegalReviewRepository reviews;
    private final PreservationTaskRepository preservations;
    private final PackageHandOver handOver;

    public OutcomeFollowUps(ReleaseTaskRepository tasks, HoldTimerRepository timers, LegalReviewRepository reviews,
            PreservationTaskRepository preservations, PackageHandOver handOver) {
        this.tasks = tasks;
        this.timers = timers;
        this.reviews = reviews;
        this.preservations = preservations;
        this.handOver = handOver;
    }

    /**
     * The order's outcomes that an objection, an ended hold window or a reviewer has settled, those a reviewer's
     * objection under Art. 17 keeps in review with the objection's ground, and those whose data was delivered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SettledOutcomes settledOf(UUID orderId) {
        List<HoldTimerEntity> holds = timers.ofOrder(orderId);
        List<LegalReviewEntity> orderReviews = reviews.ofOrder(orderId);
        return new SettledOutcomes(
                holds.stream().filter(timer -> timer.state == HoldState.OBJECTED).map(HoldTimerEntity::key)
                        .collect(Collectors.toSet()),
                holds.stream().filter(timer -> timer.state == HoldState.RELEASED).map(HoldTimerEntity::key)
                        .collect(Collectors.toSet()),
                keysIn(orderReviews, ReviewStatus.DECIDED), keysIn(orderReviews, ReviewStatus.OBJECTION_FILED),
                tasks.deliveredOf(orderId));
    }

    private static Set<OutcomeKey> keysIn(List<LegalReviewEntity> reviews, ReviewStatus status) {
        return reviews.stream().filter(review -> review.status == status).map(LegalReviewEntity::key)
                .collect(Collectors.toSet());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DecisionEntity revision, Decision decision, OrderLocated located) {
        Map<OutcomeKey, Outcome> outcomes = new LinkedHashMap<>();
        Map<OutcomeKey, CategoryOutcome> decided = new LinkedHashMap<>();
        for (CategoryOutcome outcome : decision.outcomes()) {
            if (outcome.location() != null) {
                outcomes.put(OutcomeKey.of(outcome), outcome.outcome());
                decided.putIfAbsent(OutcomeKey.of(outcome), outcome);
            }
        }
        Map<OutcomeKey, Instant> heldUntil = holdTimers(revision, outcomes, located);
        releaseTasks(revision, outcomes, decided, heldUntil, located);
        preservationTasks(revision, decision, located);
        legalReviews(revision, decision, located);
    }

    /**
     * A release task per released outcome, open, and per held one, {@code HELD} until its timer's end ({@code
     * heldUntil}): the provider sees during the notified State's window what it will transmit at its end, and may
     * upload it then; the package waits with the task (see {@link #heldPackageFollows}).
     */
    private void releaseTasks(DecisionEntity revision, Map<OutcomeKey, Outcome> outcomes,
            Map<OutcomeKey, CategoryOutcome> decided, Map<OutcomeKey, Instant> heldUntil, OrderLocated located) {
        Map<OutcomeKey, ReleaseTaskEntity> existing = existing(revision, tasks::ofOrder, ReleaseTaskEntity::key);
        outcomes.forEach((key, outcome) -> {
            Instant held = outcome == Outcome.HOLD ? heldUntil.get(key) : null;
            if (outcome != Outcome.RELEASE && held == null) {
                return;
            }
            ReleaseTaskEntity task = existing.get(key);
            if (task == null) {
                tasks.persist(newTask(revision, key, located, held));
            } else if (task.status != ReleaseTaskStatus.UPLOADED) {
                boolean wasHeld = task.status == ReleaseTaskStatus.HELD;
                TaskScope asked = task.readScope();
                describe(task, revision, key, located, held);
                if (wasHeld) {
                    heldPackageFollows(task, asked, revision);
                }
            }
        });
        existing.forEach((key, task) -> {
            boolean stillWanted = task.status == ReleaseTaskStatus.OPEN ? outcomes.get(key) == Outcome.RELEASE
                    : task.status != ReleaseTaskStatus.HELD || outcomes.get(key) == Outcome.HOLD;
            if (!stillWanted) {
                if (task.status == ReleaseTaskStatus.HELD) {
                    handOver.discardWaiting(task, noLongerReleased(revision, key, decided.get(key)),
                            AuditLog.details("revision", revision.revision, "cause", revision.sourceEventId),
                            revision.decidedAt);
                }
                task.status = ReleaseTaskStatus.CANCELLED;
                task.heldUntil = null;
                task.updatedAt = revision.decidedAt;
                LOG.infof("Cancelled release task %s of order %s: revision %d no longer releases %s", task.id,
                        task.orderId, revision.revision, key);
            }
        });
    }

    /**
     * The package a held task waits with follows the task: released with the outcome when the task would open (it
     * goes straight to UPLOADED, never open, so never overdue), discarded when the task now asks for other accounts,
     * sites or custodians than the package answers (the provider uploads what it now asks for).
     */
    private void heldPackageFollows(ReleaseTaskEntity task, TaskScope asked, DecisionEntity revision) {
        if (!asked.equals(task.readScope())) {
            handOver.discardWaiting(task, "Revision " + revision.revision + " asks for other accounts, identifiers,"
                    + " sites or custodians than the package answers.",
                    AuditLog.details("revision", revision.revision, "cause", revision.sourceEventId),
                    revision.decidedAt);
        }
        if (task.status == ReleaseTaskStatus.OPEN) {
            handOver.releaseWaiting(task, revision.revision, revision.decidedAt);
        }
    }

    private static String noLongerReleased(DecisionEntity revision, OutcomeKey key, CategoryOutcome outcome) {
        String what = key.dataCategory() + " in " + key.location();
        if (outcome == null) {
            return "Revision " + revision.revision + " no longer lists " + what + ".";
        }
        String ground = outcome.grounds() == null || outcome.grounds().isEmpty() ? ""
                : " (" + outcome.grounds().get(0).code() + ")";
        return "Revision " + revision.revision + " decides " + what + " " + outcome.outcome() + ground
                + ": it is not released.";
    }

    /**
     * A preservation task per PRESERVE outcome. One the revision still calls for shows what it says: where it names
     * other accounts, sites or custodians, a confirmed task is open again (the provider confirms what it now keeps);
     * another end or reference is only shown. One the revision no longer calls for is cancelled, confirmed or not.
     * The issuing authority's actions stand (Regulation (EU) 2023/1543, Art. 11): a task opened or updated here keeps
     * the order's period as extended, kept for production or ended, and a task whose duty ended stays so.
     */
    private void preservationTasks(DecisionEntity revision, Decision decision, OrderLocated located) {
        Map<OutcomeKey, PreservationTaskEntity> existing = existing(revision, preservations::ofOrder,
                PreservationTaskEntity::key);
        PreservationPeriod period = PreservationTaskEntity.periodOf(existing.values());
        Map<OutcomeKey, CategoryOutcome> preserved = new LinkedHashMap<>();
        decision.outcomes().stream()
                .filter(outcome -> outcome.outcome() == Outcome.PRESERVE && outcome.location() != null)
                .forEach(outcome -> preserved.put(OutcomeKey.of(outcome), outcome));
        preserved.forEach((key, outcome) -> {
            PreservationTaskEntity task = existing.get(key);
            if (task == null) {
                task = new PreservationTaskEntity();
                task.id = UUID.randomUUID();
                task.orderId = revision.orderId;
                task.provider = located.order().provider();
                task.dataCategory = key.dataCategory();
                task.country = key.location();
                task.createdAt = revision.decidedAt;
                task.status = PreservationTaskStatus.OPEN;
                keep(task, revision, TaskScope.of(located, key), outcome, located, period);
                preservations.persist(task);
                return;
            }
            if (task.status == PreservationTaskStatus.ENDED) {
                return;
            }
            TaskScope scope = TaskScope.of(located, key);
            boolean reopened = task.status == PreservationTaskStatus.NOT_FOUND
                    || task.status == PreservationTaskStatus.CANCELLED || !scope.equals(task.readScope());
            if (reopened) {
                task.status = PreservationTaskStatus.OPEN;
                task.confirmedBy = null;
                task.confirmedAt = null;
            } else if (Objects.equals(period.endOf(Deadlines.asStored(outcome.preservationExpiresAt())),
                    task.preserveUntil) && Objects.equals(located.order().externalReference(), task.orderReference)) {
                return;
            }
            keep(task, revision, scope, outcome, located, period);
        });
        existing.forEach((key, task) -> {
            if (task.status.isRunning() && !preserved.containsKey(key)) {
                task.status = PreservationTaskStatus.CANCELLED;
                task.updatedAt = revision.decidedAt;
                LOG.infof("Cancelled preservation task %s of order %s: revision %d no longer preserves %s", task.id,
                        task.orderId, revision.revision, key);
            }
        });
    }

    private static void keep(PreservationTaskEntity task, DecisionEntity revision, TaskScope scope,
            CategoryOutcome outcome, OrderLocated located, PreservationPeriod period) {
        task.writeScope(scope);
        task.follow(period, Deadlines.asStored(outcome.preservationExpiresAt()));
        task.orderReference = located.order().externalReference();
        task.decisionRevision = revision.revision;
        task.updatedAt = revision.decidedAt;
    }

    /**
     * A timer per held outcome; answers when each pending one ends, by outcome. An outcome in review whose category
     * the resolver also held for notification gets one too, opened once and never reopened, so that the notified State
     * can object within its window while the review goes on (its end changes nothing then: the scheduler cancels it).
     * So does a released outcome whose notification does not suspend the release (an emergency, Regulation (EU)
     * 2023/1543 Art. 8(4)): its timer is {@code UNSUSPENDED}, and the notified State may still object until its end
     * (Art. 12(1)), which refuses what has not been delivered by then ({@link HoldService#object}). A timer whose
     * window still runs follows its outcome: to {@code PENDING} while the outcome is in review (the window only), to
     * {@code UNSUSPENDED} when it is released without waiting, cancelled otherwise.
     */
    private Map<OutcomeKey, Instant> holdTimers(DecisionEntity revision, Map<OutcomeKey, Outcome> outcomes,
            OrderLocated located) {
        Map<OutcomeKey, HoldTimerEntity> existing = existing(revision, timers::ofOrder, HoldTimerEntity::key);
        Map<OutcomeKey, Instant> heldUntil = new LinkedHashMap<>();
        outcomes.forEach((key, outcome) -> {
            HoldTimerEntity timer = existing.get(key);
            boolean isNew = timer == null;
            boolean windowOnly = windowInReview(located, key, outcome) || windowAfterRelease(located, key, outcome);
            if (outcome != Outcome.HOLD && !(isNew && windowOnly)) {
                return;
            }
            if (isNew) {
                timer = new HoldTimerEntity();
                timer.id = UUID.randomUUID();
                timer.orderId = revision.orderId;
                timer.dataCategory = key.dataCategory();
                timer.country = key.location();
                timer.createdAt = revision.decidedAt;
            } else if (timer.state == HoldState.PENDING) {
                followWindow(timer, revision, located);
                heldUntil.put(key, timer.dueAt);
                return;
            }
            timer.enforcingState = NotificationHolds.enforcingState(located, key.location()).orElse(null);
            Optional<Assessment.Hold> hold = NotificationHolds.of(located, key.dataCategory());
            timer.windowHours = hold.map(Assessment.Hold::windowHours).orElseGet(() -> {
                LOG.warnf("Order %s holds %s without a window; using %d hours", located.orderId(), key,
                        FALLBACK_HOLD_WINDOW_HOURS);
                return FALLBACK_HOLD_WINDOW_HOURS;
            });
            Instant endsAt = hold.map(Assessment.Hold::endsAt).orElse(null);
            // A window is counted once: reopened without the resolver's end (an older event), it keeps its due time.
            timer.dueAt = endsAt == null && !isNew ? timer.dueAt
                    : Deadlines.holdDueAt(endsAt, revision.decidedAt, timer.windowHours);
            boolean releaseWaits = !windowAfterRelease(located, key, outcome);
            timer.state = releaseWaits ? HoldState.PENDING : HoldState.UNSUSPENDED;
            timer.decisionRevision = revision.revision;
            timer.objectedBy = null;
            timer.objection = null;
            timer.updatedAt = revision.decidedAt;
            if (isNew) {
                timers.persist(timer);
            }
            if (releaseWaits) {
                heldUntil.put(key, timer.dueAt);
            }
        });
        existing.forEach((key, timer) -> {
            Outcome outcome = outcomes.get(key);
            boolean windowRuns = timer.state == HoldState.PENDING || timer.state == HoldState.UNSUSPENDED;
            if (!windowRuns || outcome == Outcome.HOLD) {
                return;
            }
            HoldState next = windowInReview(located, key, outcome) ? HoldState.PENDING
                    : windowAfterRelease(located, key, outcome) ? HoldState.UNSUSPENDED
                    : HoldState.CANCELLED;
            if (next != HoldState.CANCELLED) {
                followWindow(timer, revision, located);
            }
            if (timer.state != next) {
                timer.state = next;
                timer.updatedAt = revision.decidedAt;
            }
        });
        return heldUntil;
    }

    /**
     * The review whose reasoned objection (Art. 17) suspends {@code outcome}, a copy of the same data at another
     * location: a review for it starts with that objection filed, and waits for what comes of it as the other does.
     */
    private static Optional<LegalReviewEntity> objectionOnTheSameData(CategoryOutcome outcome,
            Collection<LegalReviewEntity> reviews) {
        boolean suspended = Grounds.filedObjection(outcome).isPresent();
        return reviews.stream()
                .filter(review -> suspended && review.status == ReviewStatus.OBJECTION_FILED)
                .filter(review -> review.dataCategory == outcome.dataCategory())
                .filter(review -> !review.key().equals(OutcomeKey.of(outcome)))
                .findFirst();
    }

    private static boolean windowInReview(OrderLocated located, OutcomeKey key, Outcome outcome) {
        return outcome == Outcome.LEGAL_REVIEW && NotificationHolds.of(located, key.dataCategory()).isPresent();
    }

    private static boolean windowAfterRelease(OrderLocated located, OutcomeKey key, Outcome outcome) {
        return outcome == Outcome.RELEASE && NotificationHolds.of(located, key.dataCategory())
                .filter(hold -> !hold.suspendsRelease()).isPresent();
    }

    private void legalReviews(DecisionEntity revision, Decision decision, OrderLocated located) {
        Map<OutcomeKey, LegalReviewEntity> existing = existing(revision, reviews::ofOrder, LegalReviewEntity::key);
        Map<OutcomeKey, CategoryOutcome> inReview = new LinkedHashMap<>();
        decision.outcomes().stream()
                .filter(outcome -> outcome.outcome() == Outcome.LEGAL_REVIEW && outcome.location() != null)
                .forEach(outcome -> inReview.put(OutcomeKey.of(outcome), outcome));
        inReview.forEach((key, outcome) -> {
            LegalReviewEntity review = existing.get(key);
            boolean isNew = review == null;
            if (isNew) {
                review = new LegalReviewEntity();
                review.id = UUID.randomUUID();
                review.orderId = revision.orderId;
                review.dataCategory = key.dataCategory();
                review.country = key.location();
                review.createdAt = revision.decidedAt;
            } else if (review.status.isOpen()) {
                refresh(review, revision, outcome, located);
                return;
            }
            review.status = ReviewStatus.PENDING;
            review.orderReference = located.order().externalReference();
            review.provider = located.order().provider();
            review.authority = located.order().issuingAuthority() == null
                    ? null : located.order().issuingAuthority().name();
            review.writeGrounds(outcome.grounds());
            review.answerDeadline = answerDeadline(located);
            review.decisionRevision = revision.revision;
            review.reviewer = null;
            review.outcome = null;
            review.reason = null;
            review.decidedAt = null;
            review.objectedBy = null;
            review.objection = null;
            review.objectedAt = null;
            review.updatedAt = revision.decidedAt;
            Optional<LegalReviewEntity> objectedTo = objectionOnTheSameData(outcome, existing.values().stream()
                    .filter(other -> inReview.containsKey(other.key())).toList());
            if (objectedTo.isPresent()) {
                review.status = ReviewStatus.OBJECTION_FILED;
                review.objectedBy = objectedTo.get().objectedBy;
                review.objection = objectedTo.get().objection;
                review.objectedAt = objectedTo.get().objectedAt;
            }
            if (isNew) {
                reviews.persist(review);
            }
        });
        existing.forEach((key, review) -> {
            if (review.status.isOpen() && !inReview.containsKey(key)) {
                review.status = ReviewStatus.CANCELLED;
                review.updatedAt = revision.decidedAt;
            }
        });
    }

    /**
     * An open review the revision still calls for shows what the revision says of it: a re-assessment may bring other
     * grounds (another rule, a newer rulebook) or another deadline. Its status, and an objection filed, stay. A review
     * whose grounds and deadline are unchanged is left as it is, so that a reviewer who read it may still decide it.
     */
    private static void refresh(LegalReviewEntity review, DecisionEntity revision, CategoryOutcome outcome,
            OrderLocated located) {
        List<Ground> grounds = outcome.grounds() == null ? List.of() : outcome.grounds();
        Instant deadline = answerDeadline(located);
        if (grounds.equals(review.readGrounds()) && Objects.equals(deadline, review.answerDeadline)) {
            return;
        }
        LOG.infof("Review %s of order %s now shows the grounds and deadline of revision %d", review.id,
                review.orderId, revision.revision);
        review.writeGrounds(grounds);
        review.answerDeadline = deadline;
        review.orderReference = located.order().externalReference();
        review.decisionRevision = revision.revision;
        review.updatedAt = revision.decidedAt;
    }

    /**
     * A pending hold ends where the latest assessment says its window ends: a re-assessment (a corrected rule, say)
     * may move the end, and the revision's ground announces the new one. The State notified stays the one it was.
     */
    private static void followWindow(HoldTimerEntity timer, DecisionEntity revision, OrderLocated located) {
        Optional<Assessment.Hold> hold = NotificationHolds.of(located, timer.dataCategory);
        if (hold.isEmpty() || hold.get().endsAt() == null
                || Deadlines.asStored(hold.get().endsAt()).equals(timer.dueAt)) {
            return;
        }
        LOG.infof("The hold of %s of order %s now ends at %s, not %s (revision %d)", timer.key(), timer.orderId,
                hold.get().endsAt(), timer.dueAt, revision.revision);
        timer.dueAt = Deadlines.asStored(hold.get().endsAt());
        timer.windowHours = hold.get().windowHours();
        timer.decisionRevision = revision.revision;
        timer.updatedAt = revision.decidedAt;
    }

    /** {@code heldUntil}: when the notified State's window ends, for a task held until then; null for an open one. */
    private static ReleaseTaskEntity newTask(DecisionEntity revision, OutcomeKey key, OrderLocated located,
            Instant heldUntil) {
        ReleaseTaskEntity task = new ReleaseTaskEntity();
        task.id = UUID.randomUUID();
        task.orderId = revision.orderId;
        task.provider = located.order().provider();
        task.dataCategory = key.dataCategory();
        task.country = key.location();
        task.status = heldUntil == null ? ReleaseTaskStatus.OPEN : ReleaseTaskStatus.HELD;
        task.heldUntil = heldUntil;
        task.orderReference = located.order().externalReference();
        task.writeScope(TaskScope.of(located, key));
        task.deadline = answerDeadline(located);
        task.decisionRevision = revision.revision;
        task.createdAt = revision.decidedAt;
        task.updatedAt = revision.decidedAt;
        return task;
    }

    /**
     * A task the revision still (or again) calls for asks for what the revision's locations say: a later
     * {@code order.located} (after the provider corrected its catalog, say) may name other accounts, sites or
     * custodians, or bring another deadline. It is open, or held until {@code heldUntil}. A task whose scope, deadline
     * and reference are unchanged keeps its revision (a held task that opens at its window's end included, so that the
     * provider's {@code If-Match} from the held task still holds); one unchanged in every respect is left as it is.
     */
    private static void describe(ReleaseTaskEntity task, DecisionEntity revision, OutcomeKey key,
            OrderLocated located, Instant heldUntil) {
        TaskScope scope = TaskScope.of(located, key);
        ReleaseTaskStatus status = heldUntil == null ? ReleaseTaskStatus.OPEN : ReleaseTaskStatus.HELD;
        boolean reopened = task.status == ReleaseTaskStatus.NOT_FOUND || task.status == ReleaseTaskStatus.CANCELLED;
        Instant deadline = answerDeadline(located);
        String reference = located.order().externalReference();
        boolean changed = !scope.equals(task.readScope()) || !Objects.equals(deadline, task.deadline)
                || !Objects.equals(reference, task.orderReference);
        if (!reopened && !changed && task.status == status && Objects.equals(heldUntil, task.heldUntil)) {
            return;
        }
        if (changed && !reopened) {
            LOG.infof("Release task %s of order %s now asks for what revision %d located", task.id, task.orderId,
                    revision.revision);
        }
        if (reopened || !Objects.equals(deadline, task.deadline)) {
            // A new ask, or a new deadline: the authority is told again if this one passes too.
            task.deadlinePassedNotifiedAt = null;
        }
        task.status = status;
        task.heldUntil = heldUntil;
        task.writeScope(scope);
        task.deadline = deadline;
        task.orderReference = reference;
        if (changed || reopened) {
            task.decisionRevision = revision.revision;
        }
        task.updatedAt = revision.decidedAt;
    }

    /** The assessment's answer deadline, as the tasks' and reviews' columns keep it. */
    private static Instant answerDeadline(OrderLocated located) {
        return located.assessment() == null ? null : Deadlines.asStored(located.assessment().answerDeadline());
    }

    /** The order's rows of one kind by outcome key; none before its first decision, so that is not asked. */
    private static <T> Map<OutcomeKey, T> existing(DecisionEntity revision, Function<UUID, List<T>> ofOrder,
            Function<T, OutcomeKey> key) {
        return revision.isFirst() ? Map.of() : byKey(ofOrder.apply(revision.orderId), key);
    }

    private static <T> Map<OutcomeKey, T> byKey(List<T> rows, Function<T, OutcomeKey> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first,
                LinkedHashMap::new));
    }
}
