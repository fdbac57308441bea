package io.lexroute.gateway;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.domain.HoldState;
import io.lexroute.gateway.domain.OutcomeChange;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.HoldTimerEntity;
import io.lexroute.gateway.persistence.HoldTimerRepository;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Held outcomes: released by their timer when the window ends without objection, refused when the enforcing
 * authority objects in time. The timers are rows, so a restart loses none.
 */
@ApplicationScoped
public class HoldService {

    private static final Logger LOG = Logger.getLogger(HoldService.class);

    private final HoldTimerRepository timers;
    private final ReleaseTaskRepository releaseTasks;
    private final GatewayService gateway;
    private final GatewayConfig config;

    public HoldService(HoldTimerRepository timers, ReleaseTaskRepository releaseTasks, GatewayService gateway,
            GatewayConfig config) {
        this.timers = timers;
        this.releaseTasks = releaseTasks;
        this.gateway = gateway;
        this.config = config;
    }

    /** The order's hold timers; 404 when the order has no decision. */
    @Transactional
    public List<HoldTimerEntity> holdsOf(UUID orderId) {
        gateway.latestDecision(orderId).orElseThrow(() -> GatewayService.noDecision(orderId));
        return timers.ofOrder(orderId);
    }

    /**
     * Releases every hold whose window ended at least {@code lexroute.gateway.hold-release-grace} ago, one order per
     * transaction so that one failing order holds up no other (it is tried again on the next tick). The grace is an
     * operational margin, not a legal rule: an objection received before the window's end but handled after it (it
     * waited for the order's lock, or a reviewer records it later) finds the hold still pending and the package still
     * held back, and refuses them ({@link #object}); one received after the end is late, grace or not.
     *
     * @return how many holds were released
     */
    public int releaseDueHolds() {
        Instant now = Instant.now();
        Instant endedBy = now.minus(config.holdReleaseGrace());
        return OrderSweep.each(config.holdBatchSize(), limit -> timers.ordersWithDueHolds(endedBy, limit),
                orderId -> releaseDue(orderId, endedBy, now), "Releasing the due holds");
    }

    /** The States that may object to the order's holds (pending or not): the hold timers' enforcing States. */
    public Set<String> enforcingStates(UUID orderId) {
        return timers.ofOrder(orderId).stream().map(timer -> timer.enforcingState).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /**
     * An objection received before the window ended ({@code receivedAt}): every hold of the order whose window was
     * then still open (only those whose enforcing State is {@code onlyState}, when given), and every outcome in review
     * whose notification window was open, becomes a refusal grounded on the objection, in a new revision of the
     * decision, audited as {@code actor}'s. Timeliness is judged against the window's end ({@code dueAt}), not the
     * release grace: during the grace a hold is still pending, so an objection received before the end refuses it and
     * discards a package that waits with it, and one received after the end is late. A hold the timer released after
     * the objection was received (a reviewer records it after the grace, say) is refused too, unless its data was
     * delivered meanwhile, and so is an outcome still in review whose window ended meanwhile. In an emergency the
     * notification suspends nothing ({@code UNSUSPENDED}), and an objection within the window refuses what has not
     * been delivered yet.
     */
    @Transactional
    public DecisionEntity object(UUID orderId, String authority, String grounds, Optional<String> onlyState,
            Instant receivedAt, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        Instant now = now();
        List<HoldTimerEntity> objectable = timers.lockObjectable(orderId).stream()
                .filter(timer -> onlyState.map(state -> state.equals(timer.enforcingState)).orElse(true))
                .toList();
        if (objectable.isEmpty()) {
            throw new StateConflictException("Order " + orderId + " has no pending hold to object to.");
        }
        // A window runs from the order's receipt; the enforcing State may answer from then on, even before the
        // gateway decided the hold.
        Instant windowsBegan = objectable.stream().map(timer -> timer.dueAt.minus(Duration.ofHours(timer.windowHours)))
                .min(Instant::compareTo).orElseThrow();
        if (receivedAt.isBefore(windowsBegan)) {
            throw new StateConflictException("An objection to order " + orderId + " cannot have been received at "
                    + receivedAt + ", before its notification window began (" + windowsBegan + ").");
        }
        List<HoldTimerEntity> stillOpen = objectable.stream().filter(timer -> receivedAt.isBefore(timer.dueAt))
                .toList();
        if (stillOpen.isEmpty()) {
            throw new StateConflictException("The hold window of order " + orderId + " had ended when the objection"
                    + " was received (" + receivedAt + "); it is too late.");
        }
        Map<OutcomeKey, CategoryOutcome> outcomes = outcomesOf(latest);
        Set<OutcomeKey> delivered = releaseTasks.deliveredOf(orderId);
        Ground objection = Grounds.objection(authority.strip(), grounds.strip());
        List<OutcomeChange> changes = new ArrayList<>();
        for (HoldTimerEntity timer : stillOpen) {
            Outcome outcome = outcomeOf(outcomes, timer);
            if (timer.state == HoldState.RELEASED || timer.state == HoldState.UNSUSPENDED) {
                if (outcome != Outcome.RELEASE || delivered.contains(timer.key())) {
                    LOG.infof("An objection to %s of order %s received in time comes after its data was %s",
                            timer.key(), orderId, outcome == Outcome.RELEASE ? "delivered" : "decided otherwise");
                    continue;
                }
            } else if (timer.state == HoldState.CANCELLED) {
                if (outcome != Outcome.LEGAL_REVIEW) {
                    continue;
                }
            } else if (outcome != Outcome.HOLD && outcome != Outcome.LEGAL_REVIEW) {
                cancel(timer, now);
                continue;
            }
            timer.state = HoldState.OBJECTED;
            timer.objectedBy = authority.strip();
            timer.objection = grounds.strip();
            timer.updatedAt = now;
            changes.add(OutcomeChange.objected(timer.key(), objection));
        }
        if (changes.isEmpty()) {
            throw new StateConflictException("Order " + orderId + " has no outcome left to object to: the data of"
                    + " each was delivered before the objection (after its window ended, or in an emergency, where"
                    + " notification does not suspend the release), or it is decided otherwise.");
        }
        LOG.infof("%s objected to %d held outcome(s) of order %s", authority, changes.size(), orderId);
        return gateway.revise(latest, changes, "objection:" + UUID.randomUUID(), actor);
    }

    /** Releases the order's pending holds whose window ended by {@code endedBy} (now less the grace). */
    private int releaseDue(UUID orderId, Instant endedBy, Instant now) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        List<HoldTimerEntity> due = timers.claimDue(orderId, endedBy);
        Map<OutcomeKey, CategoryOutcome> outcomes = outcomesOf(latest);
        List<OutcomeChange> changes = new ArrayList<>();
        List<String> released = new ArrayList<>();
        for (HoldTimerEntity timer : due) {
            Outcome outcome = outcomeOf(outcomes, timer);
            if (outcome == Outcome.LEGAL_REVIEW) {
                LOG.infof("Notification window of order %s ended for %s while in review", orderId, timer.key());
                timer.state = HoldState.CANCELLED;
                timer.updatedAt = now;
                continue;
            }
            if (outcome != Outcome.HOLD) {
                cancel(timer, now);
                continue;
            }
            Ground hold = firstGround(outcomes.get(timer.key()));
            changes.add(OutcomeChange.holdEnded(timer.key(),
                    Grounds.holdEnded(hold, timer.windowHours, timer.dueAt)));
            timer.state = HoldState.RELEASED;
            timer.updatedAt = now;
            released.add(timer.id.toString());
        }
        if (changes.isEmpty()) {
            return 0;
        }
        LOG.infof("Hold window of order %s ended for %d outcome(s); releasing", orderId, changes.size());
        gateway.revise(latest, changes, "hold-timer:" + String.join(",", released), AuditLog.SYSTEM);
        return changes.size();
    }

    /**
     * The timer's outcome in the latest decision: HOLD, or LEGAL_REVIEW for a timer that runs the notified State's
     * window only (OutcomeFollowUps); null if the decision no longer has it.
     */
    private static Outcome outcomeOf(Map<OutcomeKey, CategoryOutcome> outcomes, HoldTimerEntity timer) {
        CategoryOutcome outcome = outcomes.get(timer.key());
        return outcome == null ? null : outcome.outcome();
    }

    /** A timer whose outcome is no longer held (which follow-ups normally prevent) must not fire. */
    private static void cancel(HoldTimerEntity timer, Instant now) {
        LOG.warnf("Hold timer %s of order %s no longer matches a held outcome; cancelled", timer.id, timer.orderId);
        timer.state = HoldState.CANCELLED;
        timer.updatedAt = now;
    }

    private static Map<OutcomeKey, CategoryOutcome> outcomesOf(DecisionEntity latest) {
        return latest.readDecision().outcomes().stream()
                .collect(Collectors.toMap(OutcomeKey::of, Function.identity(), (first, second) -> first));
    }

    private static Ground firstGround(CategoryOutcome outcome) {
        return outcome.grounds() == null || outcome.grounds().isEmpty() ? null : outcome.grounds().get(0);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
