package io.lexroute.resolver.service;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderReceived;
import io.lexroute.outbox.EventOutbox;
import io.lexroute.resolver.domain.RuleEvaluator;
import io.lexroute.resolver.persistence.AssessmentCause;
import io.lexroute.resolver.persistence.AssessmentRecord;
import io.lexroute.resolver.persistence.ClosedOrder;
import io.lexroute.resolver.persistence.OrderLock;
import io.lexroute.resolver.persistence.StaleAssessments;
import io.lexroute.resolver.persistence.StaleAssessments.StaleOrder;
import io.lexroute.resolver.rulebook.Rulebook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Assesses orders by the rulebook, keeps every assessment with the order it judged, and announces each one on
 * {@code order.assessed}: the stored assessment and its event are written in one transaction.
 */
@ApplicationScoped
public class AssessmentService {

    private final RuleEvaluator evaluator;
    private final EventOutbox outbox;
    private final Clock clock;

    public AssessmentService(RuleEvaluator evaluator, EventOutbox outbox, Clock clock) {
        this.evaluator = evaluator;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the rulebook says about an order, without storing or publishing anything. */
    public Assessment dryRun(Order order) {
        return evaluator.assess(order, clock.instant());
    }

    /** Judges a received order in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment assessReceived(OrderReceived received) {
        OrderLock.acquire(received.orderId());
        return assessLocked(received);
    }

    /** Locks the orders of a poll of received orders in one statement, for {@link #assessLocked} to judge each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<UUID> orderIds) {
        OrderLock.acquireAll(orderIds);
    }

    /** {@link #assessReceived} for an order that the caller's transaction has locked ({@link #lockAll}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment assessLocked(OrderReceived received) {
        Instant now = clock.instant();
        Instant receivedAt = received.receivedAt() != null ? received.receivedAt() : now;
        return judge(received.orderId(), received.order(), receivedAt, AssessmentCause.ORDER_RECEIVED, now)
                .assessment();
    }

    /**
     * Judges the order again, as it was last received, by the current rulebook; the answer deadline still counts from
     * the original receipt.
     *
     * @throws UnknownOrderException        when the order was never assessed
     * @throws ReassessmentRefusedException when the order is closed or was stored without its order
     */
    @Transactional
    public AssessmentHistoryEntry reassess(UUID orderId) {
        OrderLock.acquire(orderId);
        AssessmentRecord last = AssessmentRecord.latestWithOrder(orderId).orElseThrow(() ->
                AssessmentRecord.exists(orderId) ? withoutStoredOrder(orderId) : new UnknownOrderException(orderId));
        if (ClosedOrder.isClosed(orderId)) {
            throw new ReassessmentRefusedException("Order " + orderId + " is closed; nothing more happens to it, so "
                    + "it is not re-assessed.");
        }
        return entry(judgeAgain(last));
    }

    /**
     * Re-assesses every open order whose assessment in force was made with another rulebook than the current one, each
     * in its own transaction. The caller names the rulebook it believes current, so that a request meant for another
     * rulebook changes nothing.
     */
    public ReassessmentSummary reassessAllAssessedWithOtherThan(String currentVersion) {
        String version = rulebook().version();
        if (!version.equals(currentVersion)) {
            throw new ReassessmentRefusedException("The current rulebook is " + version + ", not " + currentVersion
                    + "; nothing was re-assessed.");
        }
        List<StaleOrder> stale = QuarkusTransaction.requiringNew()
                .call(() -> StaleAssessments.assessedWithOtherThan(version));
        int reassessed = 0;
        int closed = 0;
        int withoutOrder = 0;
        for (StaleOrder order : stale) {
            if (order.closed()) {
                closed++;
            } else if (!order.orderKept()) {
                withoutOrder++;
            } else if (QuarkusTransaction.requiringNew().call(() -> reassessIfStillStale(order.orderId(), version))) {
                reassessed++;
            }
        }
        return new ReassessmentSummary(version, reassessed, closed, withoutOrder);
    }

    /** Remembers that nothing more happens to the order; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(OrderClosed closed) {
        ClosedOrder.remember(closed.orderId(), String.valueOf(closed.status()),
                closed.closedAt() != null ? closed.closedAt() : clock.instant());
    }

    public List<AssessmentHistoryEntry> history(UUID orderId) {
        return AssessmentRecord.history(orderId).stream().map(AssessmentService::entry).toList();
    }

    public Rulebook rulebook() {
        return evaluator.rulebook();
    }

    /** Another instance or request may have re-assessed the order since it was found stale. */
    private boolean reassessIfStillStale(UUID orderId, String version) {
        OrderLock.acquire(orderId);
        boolean stillStale = AssessmentRecord.latest(orderId)
                .map(latest -> !version.equals(latest.rulebookVersion))
                .orElse(false);
        if (!stillStale || ClosedOrder.isClosed(orderId)) {
            return false;
        }
        return AssessmentRecord.latestWithOrder(orderId).map(this::judgeAgain).isPresent();
    }

    private AssessmentRecord judgeAgain(AssessmentRecord last) {
        Order order = last.order().orElseThrow();
        Instant now = clock.instant();
        Instant receivedAt = last.receivedAt != null ? last.receivedAt : last.createdAt;
        return judge(last.orderId, order, receivedAt, AssessmentCause.REASSESSMENT_REQUESTED, now);
    }

    private AssessmentRecord judge(UUID orderId, Order order, Instant receivedAt, AssessmentCause cause,
            Instant now) {
        Assessment assessment = evaluator.assess(order, receivedAt, now);
        AssessmentRecord record = AssessmentRecord.of(orderId, order, receivedAt, assessment, cause, now);
        record.persist();
        outbox.append(new OrderAssessed(orderId, order, assessment));
        return record;
    }

    private static ReassessmentRefusedException withoutStoredOrder(UUID orderId) {
        return new ReassessmentRefusedException("Order " + orderId + " was assessed before orders were stored with "
                + "their assessments, so it cannot be judged again here; it must be submitted again.");
    }

    private static AssessmentHistoryEntry entry(AssessmentRecord record) {
        return new AssessmentHistoryEntry(record.orderId, record.rulebookVersion, record.createdAt,
                record.cause.name(), record.assessment());
    }
}
