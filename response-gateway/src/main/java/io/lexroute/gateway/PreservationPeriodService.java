package io.lexroute.gateway;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.domain.NothingFoundException;
import io.lexroute.gateway.domain.OutcomeChange;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.PreservationEndReason;
import io.lexroute.gateway.domain.PreservationPeriod;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The period of an order's preservation (Regulation (EU) 2023/1543, Art. 11): the issuing authority extends it once,
 * confirms that a request for production follows (the data is then kept until that request is served), or withdraws
 * it; and it ends when it passes. Each action takes the order's lock, acts on the tasks of the order that still
 * run, and makes one decision revision in which each outcome they preserve shows the period's new end (the order's
 * view at request-intake follows it); an order whose last awaited preservation ended closes.
 */
@ApplicationScoped
public class PreservationPeriodService {

    private static final Logger LOG = Logger.getLogger(PreservationPeriodService.class);

    private final PreservationTaskRepository tasks;
    private final GatewayService gateway;
    private final OrderCloser closer;
    private final AuditLog audit;
    private final GatewayConfig config;

    public PreservationPeriodService(PreservationTaskRepository tasks, GatewayService gateway, OrderCloser closer,
            AuditLog audit, GatewayConfig config) {
        this.tasks = tasks;
        this.gateway = gateway;
        this.closer = closer;
        this.audit = audit;
        this.config = config;
    }

    /** The order's preservation tasks; 404 when it has none. */
    @Transactional
    public List<PreservationTaskEntity> tasksOf(UUID orderId) {
        List<PreservationTaskEntity> orderTasks = tasks.ofOrder(orderId);
        if (orderTasks.isEmpty()) {
            throw new NothingFoundException("Order " + orderId + " has no preservation.");
        }
        return orderTasks;
    }

    /**
     * The issuing authority extends the period by 30 days, once, while it runs and no request for production is
     * confirmed: every open or confirmed task keeps its data that much longer (a confirmed one stays confirmed).
     *
     * @return the order's tasks as they now are
     */
    @Transactional
    public List<PreservationTaskEntity> extend(UUID orderId, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        List<PreservationTaskEntity> orderTasks = tasksOf(orderId);
        Instant now = now();
        refuse(PreservationTaskEntity.periodOf(orderTasks).extensionRefused(now), orderId, "extended");
        List<PreservationTaskEntity> running = running(orderTasks);
        for (PreservationTaskEntity task : running) {
            task.preserveUntil = task.preserveUntil.plus(PreservationPeriod.EXTENSION);
            task.extendedAt = now;
            task.extendedBy = actor;
            task.updatedAt = now;
        }
        Instant until = PreservationTaskEntity.periodOf(orderTasks).preserveUntil();
        LOG.infof("The preservation of order %s is extended until %s (%d task(s))", orderId, until, running.size());
        audit.append(actor, AuditAction.PRESERVATION_EXTENDED, orderId, AuditLog.details(
                "legalBasis", PreservationPeriod.LEGAL_BASIS, "extensionDays", PreservationPeriod.EXTENSION.toDays(),
                "preserveUntil", until.toString(), "tasks", running.size()));
        revise(latest, running, task -> Grounds.preservationExtended(actor, now, task.preserveUntil),
                task -> task.preserveUntil, "preservation:extension", actor);
        return orderTasks;
    }

    /**
     * The issuing authority confirms, while the period runs, that a subsequent request for production has been
     * issued ({@code reference}: its own reference of it, if given): every open or confirmed task keeps its data
     * without an end, until that request is served or the authority withdraws the preservation.
     *
     * @return the order's tasks as they now are
     */
    @Transactional
    public List<PreservationTaskEntity> confirmProductionRequest(UUID orderId, String reference, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        List<PreservationTaskEntity> orderTasks = tasksOf(orderId);
        Instant now = now();
        refuse(PreservationTaskEntity.periodOf(orderTasks).productionRequestRefused(now), orderId,
                "kept for a request for production");
        List<PreservationTaskEntity> running = running(orderTasks);
        for (PreservationTaskEntity task : running) {
            task.preserveUntil = null;
            task.productionRequestConfirmedAt = now;
            task.productionRequestConfirmedBy = actor;
            task.productionRequestReference = reference;
            task.updatedAt = now;
        }
        LOG.infof("The preservation of order %s is kept for a request for production (%d task(s))", orderId,
                running.size());
        audit.append(actor, AuditAction.PRODUCTION_REQUEST_CONFIRMED, orderId, AuditLog.details(
                "legalBasis", PreservationPeriod.LEGAL_BASIS, "reference", reference, "tasks", running.size()));
        Ground kept = Grounds.productionRequestConfirmed(actor, now, reference);
        revise(latest, running, task -> kept, task -> null, "preservation:production-request", actor);
        return orderTasks;
    }

    /**
     * The issuing authority says preservation is no longer necessary: every open or confirmed task ends now, and the
     * order closes if nothing else is awaited.
     *
     * @return the order's tasks as they now are
     */
    @Transactional
    public List<PreservationTaskEntity> withdraw(UUID orderId, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        List<PreservationTaskEntity> orderTasks = tasksOf(orderId);
        refuse(PreservationTaskEntity.periodOf(orderTasks).withdrawalRefused(), orderId, "withdrawn");
        Instant now = now();
        List<PreservationTaskEntity> running = running(orderTasks);
        long confirmed = running.stream().filter(task -> task.status == PreservationTaskStatus.PRESERVING).count();
        for (PreservationTaskEntity task : running) {
            task.end(PreservationEndReason.WITHDRAWN, now);
            task.updatedAt = now;
        }
        LOG.infof("The preservation of order %s is withdrawn (%d task(s))", orderId, running.size());
        audit.append(actor, AuditAction.PRESERVATION_WITHDRAWN, orderId, AuditLog.details(
                "legalBasis", PreservationPeriod.LEGAL_BASIS, "tasks", running.size(),
                "confirmedByProvider", confirmed));
        Ground withdrawn = Grounds.preservationWithdrawn(now);
        revise(latest, running, task -> withdrawn, task -> now, "preservation:withdrawal", actor);
        return orderTasks;
    }

    /**
     * Ends every open or confirmed task whose period has passed, one order per transaction so that one failing order
     * holds up no other (it is tried again on the next tick).
     *
     * @return how many tasks were ended
     */
    public int endElapsedPeriods() {
        Instant now = now();
        return OrderSweep.each(config.preservationBatchSize(), limit -> tasks.ordersWithElapsedPeriods(now, limit),
                orderId -> endElapsed(orderId, now), "Ending the elapsed preservations");
    }

    private int endElapsed(UUID orderId, Instant now) {
        DecisionEntity latest = gateway.lockLatest(orderId);
        List<PreservationTaskEntity> elapsed = tasks.claimElapsed(orderId, now);
        for (PreservationTaskEntity task : elapsed) {
            boolean confirmed = task.status == PreservationTaskStatus.PRESERVING;
            task.end(PreservationEndReason.PERIOD_ENDED, now);
            task.updatedAt = now;
            LOG.infof("The preservation period of %s of order %s ended at %s (task %s, %s by the provider)",
                    task.key(), orderId, task.preserveUntil, task.id, confirmed ? "confirmed" : "never confirmed");
            audit.append(AuditLog.SYSTEM, AuditAction.PRESERVATION_ENDED, orderId, AuditLog.details(
                    "legalBasis", PreservationPeriod.LEGAL_BASIS, "taskId", task.id.toString(),
                    "dataCategory", task.dataCategory.name(), "location", task.country,
                    "preserveUntil", task.preserveUntil.toString(), "providerConfirmed", confirmed));
        }
        if (!elapsed.isEmpty()) {
            revise(latest, elapsed, task -> Grounds.preservationPeriodEnded(task.preserveUntil),
                    task -> task.preserveUntil, "preservation:period-ended", AuditLog.SYSTEM);
        }
        return elapsed.size();
    }

    /**
     * One revision for all of {@code changed}, the order's tasks whose period just changed: each outcome of the latest
     * revision that they preserve shows {@code ground} first and ends at {@code expiresAt}; the revision closes the
     * order if nothing else is awaited. Should the latest revision preserve none of them, there is nothing to show:
     * no revision, and the order closes if nothing else is awaited.
     */
    private void revise(DecisionEntity latest, List<PreservationTaskEntity> changed,
            Function<PreservationTaskEntity, Ground> ground, Function<PreservationTaskEntity, Instant> expiresAt,
            String cause, String actor) {
        Decision decision = latest.readDecision();
        Set<OutcomeKey> preserved = decision.outcomes().stream()
                .filter(outcome -> outcome.outcome() == Outcome.PRESERVE && outcome.location() != null)
                .map(OutcomeKey::of)
                .collect(Collectors.toSet());
        List<OutcomeChange> changes = changed.stream()
                .filter(task -> preserved.contains(task.key()))
                .map(task -> OutcomeChange.preservationPeriod(task.key(), ground.apply(task), expiresAt.apply(task)))
                .toList();
        if (changes.isEmpty()) {
            closer.closeIfDone(latest, decision, actor);
        } else {
            gateway.revise(latest, changes, cause, actor);
        }
    }

    private static List<PreservationTaskEntity> running(List<PreservationTaskEntity> orderTasks) {
        return orderTasks.stream().filter(task -> task.status.isRunning()).toList();
    }

    private static void refuse(Optional<String> reason, UUID orderId, String action) {
        reason.ifPresent(why -> {
            throw new StateConflictException("The preservation of order " + orderId + " cannot be " + action
                    + ": " + why + ".");
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
