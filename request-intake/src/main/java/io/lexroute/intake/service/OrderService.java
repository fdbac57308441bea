package io.lexroute.intake.service;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderDeadlinePassed;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.intake.domain.AssessmentSummary;
import io.lexroute.intake.domain.OrderAnswer;
import io.lexroute.intake.domain.OrderNotDecidedException;
import io.lexroute.intake.domain.OrderPage;
import io.lexroute.intake.domain.OrderProgress;
import io.lexroute.intake.domain.OrderQuery;
import io.lexroute.intake.domain.OrderScope;
import io.lexroute.intake.domain.OrderSnapshot;
import io.lexroute.intake.domain.OrderSummary;
import io.lexroute.intake.domain.Refusal;
import io.lexroute.intake.domain.ReleasedPackage;
import io.lexroute.intake.domain.Submission;
import io.lexroute.intake.domain.TimelineStep;
import io.lexroute.intake.persistence.JsonColumns;
import io.lexroute.intake.persistence.OrderEntity;
import io.lexroute.intake.persistence.OrderPackageEntity;
import io.lexroute.intake.persistence.TimelineEntryEntity;
import io.lexroute.outbox.PoisonRecordException;
import io.lexroute.outbox.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** Accepts orders and keeps their status read-model from the events of the services downstream. */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final SubmissionWriter writer;
    private final Clock clock;
    private final IntakeMetrics metrics;

    public OrderService(SubmissionWriter writer, Clock clock, IntakeMetrics metrics) {
        this.writer = writer;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Stores the order, its first timeline step and its {@code order.received} event in one transaction (shared with
     * the POSTs that arrive at the same time: {@link SubmissionWriter}). Idempotency keys belong to the submitting
     * tenant ({@link Order#submittedBy()}): the same tenant's key with the same order again answers with the order
     * already stored, with another order it is a conflict; another tenant's same key is another order. Two identical
     * submissions racing each other meet at the unique (tenant, key): the loser answers with the winner's order.
     */
    public Submission submit(String idempotencyKey, Order order) {
        return writer.submit(idempotencyKey, order);
    }

    @Transactional
    public OrderSnapshot find(UUID id, OrderScope scope) {
        OrderEntity entity = visible(id, scope);
        List<TimelineStep> timeline = TimelineEntryEntity.forOrder(id).stream()
                .map(e -> new TimelineStep(e.step, e.status, e.occurredAt, e.service, e.detail))
                .toList();
        return new OrderSnapshot(entity.id, entity.externalReference, entity.status,
                JsonColumns.read(entity.orderJson, Order.class), entity.receivedAt, entity.updatedAt, timeline,
                JsonColumns.read(entity.decisionJson, Decision.class),
                JsonColumns.read(entity.assessmentJson, AssessmentSummary.class));
    }

    @Transactional
    public OrderPage list(OrderQuery query) {
        var orders = OrderEntity.matching(query);
        List<OrderSummary> items = orders.list().stream()
                .map(e -> new OrderSummary(e.id, e.externalReference, e.authorityCountry, e.provider, e.status,
                        e.receivedAt, e.updatedAt))
                .toList();
        return OrderPage.of(items, query, orders.count());
    }

    /**
     * The decision with its refusal part and the manifest of the packages released so far, for the issuing authority;
     * a conflict before the order is decided.
     */
    @Transactional
    public OrderAnswer answer(UUID id, OrderScope scope) {
        OrderEntity entity = visible(id, scope);
        Decision decision = JsonColumns.read(entity.decisionJson, Decision.class);
        if (decision == null) {
            throw new OrderNotDecidedException(id, entity.status);
        }
        List<ReleasedPackage> packages = OrderPackageEntity.ofOrder(id).stream()
                .map(pkg -> new ReleasedPackage(pkg.name, pkg.sizeBytes, pkg.sha256, pkg.downloadLink,
                        pkg.dataCategory, pkg.location, pkg.contentType, pkg.receivedAt))
                .toList();
        Refusal refusal = Refusal.of(decision, entity.refusalDocumentLink).orElse(null);
        return new OrderAnswer(entity.id, entity.status, decision, refusal, packages);
    }

    /** Locks, in one query, the orders that a poll's events are about, before they are applied one by one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockOrdersOf(List<ReceivedEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.event().orderId()));
        OrderEntity.lockAll(ids);
    }

    /**
     * An assessment replaces the one shown unless it was made before it: then it changes nothing but its timeline
     * step, which says so and keeps the current status (as a stale decision revision does).
     */
    @Transactional
    public void onAssessed(ReceivedEvent received) {
        OrderAssessed event = received.event(OrderAssessed.class);
        update(event.orderId(), received, order -> {
            if (event.assessment() == null) {
                order.status = progressOf(order).reached(OrderStatus.ASSESSED).status();
                return "assessed without an assessment";
            }
            AssessmentSummary assessment = AssessmentSummary.of(event.assessment());
            AssessmentSummary shown = JsonColumns.read(order.assessmentJson, AssessmentSummary.class);
            if (!assessment.mayReplace(shown)) {
                return "assessment of " + assessment.assessedAt() + " ignored: the assessment of "
                        + shown.assessedAt() + " already applied";
            }
            order.status = progressOf(order).reached(OrderStatus.ASSESSED).status();
            order.assessmentJson = JsonColumns.write(assessment);
            return "rulebook " + event.assessment().rulebookVersion();
        });
    }

    @Transactional
    public void onLocated(ReceivedEvent received) {
        OrderLocated event = received.event(OrderLocated.class);
        update(event.orderId(), received, order -> {
            order.status = progressOf(order).reached(OrderStatus.LOCATED).status();
            if (order.assessmentJson == null && event.assessment() != null) {
                order.assessmentJson = JsonColumns.write(AssessmentSummary.of(event.assessment()));
            }
            return sizeOf(event.locations()) + " storage location(s), "
                    + sizeOf(event.unmatchedTargets()) + " unmatched target(s)";
        });
    }

    @Transactional
    public void onDecided(ReceivedEvent received) {
        OrderDecided event = received.event(OrderDecided.class);
        if (event.decision() == null) {
            throw new PoisonRecordException("OrderDecided " + received.id() + " carries no decision");
        }
        update(event.orderId(), received, order -> {
            OrderProgress progress = progressOf(order);
            if (!progress.acceptsRevision(event.revision())) {
                return "revision " + event.revision() + " ignored: revision " + order.decisionRevision
                        + " already applied";
            }
            if (order.decisionJson == null) {
                metrics.firstDecision(Duration.between(order.receivedAt, now()));
            }
            OrderProgress next = progress.decided(event.revision(), event.status());
            order.status = next.status();
            order.decisionRevision = next.decisionRevision();
            order.decisionJson = JsonColumns.write(event.decision());
            order.refusalDocumentLink = event.refusalDocumentLink();
            return "revision " + event.revision() + ": " + event.status()
                    + (progress.closed() ? " (order already closed; status kept)" : "");
        });
    }

    @Transactional
    public void onClosed(ReceivedEvent received) {
        OrderClosed event = received.event(OrderClosed.class);
        update(event.orderId(), received, order -> {
            order.status = progressOf(order).closedWith(event.status()).status();
            order.closedAt = event.closedAt() != null ? event.closedAt() : timeOf(received);
            return event.reason();
        });
    }

    /** A package response-gateway now holds joins the order's manifest; the status stays as the events set it. */
    @Transactional
    public void onPackageReceived(ReceivedEvent received) {
        OrderPackageReceived event = received.event(OrderPackageReceived.class);
        if (event.packageId() == null || event.name() == null || event.sha256() == null
                || event.receivedAt() == null || event.downloadLink() == null) {
            throw new PoisonRecordException("OrderPackageReceived " + received.id()
                    + " lacks the package's id, name, SHA-256, arrival time or download link");
        }
        update(event.orderId(), received, order -> {
            String what = "package " + event.name() + " (" + event.size() + " bytes, SHA-256 " + event.sha256() + ")";
            return OrderPackageEntity.record(event) ? what : what + " already listed";
        });
    }

    /**
     * The answer deadline passed while response-gateway still awaited the provider's package for one category and
     * location: a timeline step says so, for the issuing authority; the status stays as the events set it.
     */
    @Transactional
    public void onDeadlinePassed(ReceivedEvent received) {
        OrderDeadlinePassed event = received.event(OrderDeadlinePassed.class);
        if (event.dataCategory() == null || event.location() == null || event.provider() == null
                || event.deadline() == null) {
            throw new PoisonRecordException("OrderDeadlinePassed " + received.id()
                    + " lacks the data category, storage location, provider or deadline");
        }
        update(event.orderId(), received, order -> "answer deadline " + event.deadline() + " passed before provider "
                + event.provider() + " sent the " + event.dataCategory() + " data stored in " + event.location());
    }

    /** The order if the scope may see it; otherwise the scope's answer for an unknown order (404, or 403). */
    private static OrderEntity visible(UUID id, OrderScope scope) {
        return OrderEntity.<OrderEntity>findByIdOptional(id)
                .filter(order -> scope.covers(order.submittedBy))
                .orElseThrow(() -> scope.unknownOrder(id.toString()));
    }

    /** Applies {@code change} to the locked order and records the step; the change returns the step's detail. */
    private void update(UUID orderId, ReceivedEvent received, Function<OrderEntity, String> change) {
        Optional<OrderEntity> found = OrderEntity.findForUpdate(orderId);
        if (found.isEmpty()) {
            LOG.warnf("Skipping %s %s: no order %s here", received.topic().eventType(), received.id(), orderId);
            return;
        }
        OrderEntity order = found.get();
        String detail = change.apply(order);
        order.updatedAt = now();
        String service = received.source() != null ? received.source() : "unknown";
        appendTimeline(order, received.topic().name(), timeOf(received), service, detail);
    }

    private void appendTimeline(OrderEntity order, String step, Instant at, String service, String detail) {
        TimelineEntryEntity.step(order.id, step, order.status, at, service, detail, now()).persist();
    }

    private static OrderProgress progressOf(OrderEntity order) {
        return new OrderProgress(order.status, order.decisionRevision, order.closedAt != null);
    }

    private Instant timeOf(ReceivedEvent received) {
        return received.time() != null ? received.time() : now();
    }

    private Instant now() {
        return StoredTime.now(clock);
    }

    private static int sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
