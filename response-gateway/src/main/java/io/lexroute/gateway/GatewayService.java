package io.lexroute.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AnswerLinks;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.DecisionMaker;
import io.lexroute.gateway.domain.DecisionRevisions;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.domain.LocationOrder;
import io.lexroute.gateway.domain.NothingFoundException;
import io.lexroute.gateway.domain.OutcomeChange;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.RefusalDocuments;
import io.lexroute.gateway.domain.SettledOutcomes;
import io.lexroute.gateway.domain.Verdict;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.DecisionRepository;
import io.lexroute.gateway.persistence.OrderClosureRepository;
import io.lexroute.gateway.persistence.OrderLocks;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Decides located orders and keeps every revision of each decision. Whatever changes an outcome later (a provider's
 * search, a hold that ends, an objection, a reviewer) goes through {@link #revise}, which stores the next revision,
 * publishes it and sets its consequences in motion, all in the caller's transaction.
 */
@ApplicationScoped
public class GatewayService {

    private static final Logger LOG = Logger.getLogger(GatewayService.class);

    private final DecisionRepository decisions;
    private final ReleaseTaskRepository tasks;
    private final PreservationTaskRepository preservations;
    private final OrderClosureRepository closures;
    private final OrderLocks locks;
    private final OutcomeFollowUps followUps;
    private final OrderCloser closer;
    private final EventOutbox outbox;
    private final GatewayMetrics metrics;
    private final AuditLog audit;
    private final GatewayConfig config;

    public GatewayService(DecisionRepository decisions, ReleaseTaskRepository tasks,
            PreservationTaskRepository preservations, OrderClosureRepository closures, OrderLocks locks,
            OutcomeFollowUps followUps, OrderCloser closer, EventOutbox outbox, GatewayMetrics metrics, AuditLog audit,
            GatewayConfig config) {
        this.decisions = decisions;
        this.tasks = tasks;
        this.preservations = preservations;
        this.closures = closures;
        this.locks = locks;
        this.followUps = followUps;
        this.closer = closer;
        this.outbox = outbox;
        this.metrics = metrics;
        this.audit = audit;
        this.config = config;
    }

    /**
     * Readies a poll of located orders for {@link #decide}: locks them all in one statement and finds in one query
     * which were decided before; the others then get revision 1 without asking again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UndecidedOrders prepareDecisions(Collection<UUID> orderIds) {
        locks.lockAll(orderIds);
        Set<UUID> undecided = new HashSet<>(orderIds);
        undecided.removeAll(decisions.decidedAmong(orderIds));
        return new UndecidedOrders(undecided);
    }

    /**
     * Decides the located order, one of a poll readied by {@link #prepareDecisions}, stores the decision as the
     * order's next revision (1 for a new order; a later location of the same order, e.g. after a re-assessment,
     * revises it, keeping what objections, ended holds and reviewers settled: {@link SettledOutcomes}, and the period
     * of its preservation as the issuing authority or time changed it) and appends
     * {@link OrderDecided}, all in the caller's transaction. The order's submitter is kept with it: the one authority
     * that may read the answer. A closed order is not decided again, nor is a location older than the latest
     * decision's (empty).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrderDecided> decide(OrderLocated located, String sourceEventId, UndecidedOrders poll) {
        locks.lock(located.orderId());
        Instant now = now();
        boolean first = poll.takeFirstDecision(located.orderId());
        if (!first && closures.findByIdOptional(located.orderId()).isPresent()) {
            // The authority has its final answer: a location that arrives after it (a re-assessment that crossed
            // order.closed) opens no new work, and the audit log says it came.
            LOG.warnf("Order %s is closed: order.located %s is not decided again", located.orderId(), sourceEventId);
            audit.append(AuditLog.SYSTEM, AuditAction.LOCATED_AFTER_CLOSURE, located.orderId(), AuditLog.details(
                    "sourceEventId", sourceEventId,
                    "rulebookVersion", located.assessment() == null ? null : located.assessment().rulebookVersion()));
            return Optional.empty();
        }
        Optional<DecisionEntity> latest = first ? Optional.empty() : decisions.latest(located.orderId());
        if (latest.isPresent() && LocationOrder.isOlder(located, latest.get().readLocated())) {
            LOG.warnf("order.located %s of order %s is older than the one revision %d rests on: not decided",
                    sourceEventId, located.orderId(), latest.get().revision);
            audit.append(AuditLog.SYSTEM, AuditAction.STALE_LOCATION_IGNORED, located.orderId(), AuditLog.details(
                    "sourceEventId", sourceEventId, "revision", latest.get().revision,
                    "assessedAt", String.valueOf(LocationOrder.assessedAt(located)),
                    "locatedAt", String.valueOf(located.locatedAt())));
            return Optional.empty();
        }
        Verdict verdict = DecisionMaker.decide(located, now);
        int revision = latest.map(earlier -> earlier.revision + 1).orElse(1);
        if (latest.isPresent()) {
            Decision kept = DecisionRevisions.showingPeriod(followUps.settledOf(located.orderId())
                    .keptIn(verdict.decision(), latest.get().readDecision()),
                    PreservationTaskEntity.periodOf(preservations.ofOrder(located.orderId())));
            verdict = new Verdict(kept, DecisionMaker.statusOf(kept.outcomes()));
        }
        DecisionEntity entity = store(located.orderId(), revision, verdict.status(), verdict.decision(),
                json(located), located.order().submittedBy(), sourceEventId, now);
        return Optional.of(publish(entity, verdict.decision(), located, AuditLog.SYSTEM));
    }

    /**
     * Stores the next revision of {@code latest} with {@code changes} applied, appends its {@link OrderDecided}, opens
     * or cancels the tasks, timers and reviews its outcomes call for, and closes the order when nothing remains to
     * happen. The caller holds the order's lock ({@link #lockLatest}).
     *
     * @param cause what caused the revision, kept in {@code source_event_id} (e.g. {@code hold-timer:<id>})
     * @param actor who caused it, as the audit log names them ({@link AuditLog#SYSTEM} for a timer)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionEntity revise(DecisionEntity latest, List<OutcomeChange> changes, String cause, String actor) {
        Instant now = now();
        Decision next = DecisionRevisions.apply(latest.readDecision(), changes, now);
        DecisionEntity entity = store(latest.orderId, latest.revision + 1, DecisionMaker.statusOf(next.outcomes()),
                next, latest.locatedEvent, latest.submittedBy, cause, now);
        publish(entity, next, latest.readLocated(), actor);
        return entity;
    }

    /**
     * The provider searched and holds none of {@code key}'s data, as it reported on the task for it (which the caller
     * has marked, holding the order's lock): the outcome becomes REFUSE ({@code DATA_NOT_HELD}, with the provider's
     * note) in the next revision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionEntity reviseAsNotHeld(DecisionEntity latest, OutcomeKey key, String provider, String note,
            String cause, String actor) {
        Ground notHeld = Grounds.notFoundByProvider(latest.readLocated().order().instrument(), key, provider);
        if (note != null && !note.isBlank()) {
            notHeld = new Ground(notHeld.code(), notHeld.citation(),
                    notHeld.reason() + " The provider notes: " + note.strip());
        }
        return revise(latest, List.of(OutcomeChange.notFound(key, notHeld)), cause, actor);
    }

    /** Locks the order for the caller's transaction and reads its latest revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionEntity lockLatest(UUID orderId) {
        locks.lock(orderId);
        return decisions.latest(orderId).orElseThrow(() -> noDecision(orderId));
    }

    public Optional<DecisionEntity> latestDecision(UUID orderId) {
        return decisions.latest(orderId);
    }

    /** The authority tenant that submitted the order; empty when the order is unknown or its submitter is not. */
    public Optional<String> submitterOf(UUID orderId) {
        return decisions.submitterOf(orderId);
    }

    /**
     * The latest revision with its deadline, release and preservation tasks and closure: what the decision API shows.
     */
    @Transactional
    public Optional<OrderOverview> overview(UUID orderId) {
        return decisions.latest(orderId).map(latest -> {
            OrderLocated located = latest.readLocated();
            Instant deadline = located.assessment() == null ? null : located.assessment().answerDeadline();
            return new OrderOverview(latest, deadline, tasks.ofOrder(orderId), preservations.ofOrder(orderId),
                    closures.findByIdOptional(orderId));
        });
    }

    static NothingFoundException noDecision(UUID orderId) {
        return new NothingFoundException("No decision has been reached on order " + orderId + ".");
    }

    private DecisionEntity store(UUID orderId, int revision, OrderStatus status, Decision decision,
            String locatedEvent, String submittedBy, String cause, Instant decidedAt) {
        DecisionEntity entity = new DecisionEntity();
        entity.orderId = orderId;
        entity.revision = revision;
        entity.status = status;
        entity.decision = json(decision);
        entity.locatedEvent = locatedEvent;
        entity.submittedBy = submittedBy;
        entity.sourceEventId = cause;
        entity.decidedAt = decidedAt;
        decisions.persist(entity);
        return entity;
    }

    private OrderDecided publish(DecisionEntity entity, Decision decision, OrderLocated located, String actor) {
        String refusalLink = RefusalDocuments.exists(decision)
                ? AnswerLinks.refusal(config.publicUrl(), entity.orderId)
                : null;
        OrderDecided decided = new OrderDecided(entity.orderId, entity.revision, entity.status, decision, refusalLink);
        outbox.append(decided);
        metrics.outcomesPublished(decision);
        LOG.debugf("Decided order %s, revision %d: %s", entity.orderId, entity.revision, entity.status);
        followUps.apply(entity, decision, located);
        audit.append(actor, AuditAction.DECISION_REVISED, entity.orderId, AuditLog.details(
                "revision", entity.revision,
                "status", entity.status.name(),
                "cause", entity.sourceEventId,
                "rulebookVersion", decision.rulebookVersion(),
                "outcomes", decision.outcomes().stream().map(GatewayService::auditedOutcome).toList()));
        if (entity.isFirst()) {
            closer.closeOnFirstDecision(entity, decision, actor);
        } else {
            closer.closeIfDone(entity, decision, actor);
        }
        return decided;
    }

    private static Map<String, Object> auditedOutcome(CategoryOutcome outcome) {
        return AuditLog.details(
                "dataCategory", String.valueOf(outcome.dataCategory()),
                "location", outcome.location(),
                "outcome", String.valueOf(outcome.outcome()),
                "grounds", outcome.grounds() == null ? List.of()
                        : outcome.grounds().stream().map(Ground::code).toList());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String json(Object value) {
        return new String(EventJson.write(value), UTF_8);
    }
}
