package io.lexroute.resolver.service;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderReceived;
import io.lexroute.outbox.EventOutbox;
import io.lexroute.outbox.TransientFailures;
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
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Assesses orders by the rulebook, keeps every assessment with the order it judged, and announces each one on
 * {@code order.assessed}: the stored assessment and its event are written in one transaction.
 */
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

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
     *
     * @throws DatabaseUnavailableException when the database is away: the orders judged until then stay judged
     */
    public ReassessmentSummary reassessAllAssessedWithOtherThan(String currentVersion) {
        String version = rulebook().version();
        if (!version.equals(currentVersion)) {
            throw new ReassessmentRefusedException("The current rulebook is " + version + ", not " + currentVersion
                    + "; nothing was re-assessed.");
        }
        List<StaleOrder> stale;
        try {
            stale = QuarkusTransaction.requiringNew().call(() -> StaleAssessments.assessedWithOtherThan(version));
        } catch (RuntimeException e) {
            if (TransientFailures.isDatabaseUnavailable(e)) {
                throw new DatabaseUnavailableException("The database is unavailable; nothing was re-assessed.", e);
            }
            throw e;
        }
        return reassessEach(version, stale,
                orderId -> QuarkusTransaction.requiringNew().call(() -> reassessIfStillStale(orderId, version)));
    }

    /**
     * Judges each open stale order that kept its order with {@code reassessOne}, which runs that order's transaction
     * and tells whether the order was still stale. An order that fails (its stored order no longer reads, its
     * transaction fails) is logged, counted and keeps its older assessment; the next order is judged all the same, so
     * that one bad order does not hold back those after it. A database that is away ends the run instead: every order
     * after would fail alike, and a summary of failures would read as if the request had done its work.
     */
    static ReassessmentSummary reassessEach(String version, List<StaleOrder> stale, Predicate<UUID> reassessOne) {
        int reassessed = 0;
        int closed = 0;
        int withoutOrder = 0;
        int failed = 0;
        List<UUID> failedOrderIds = new ArrayList<>();
        for (StaleOrder order : stale) {
            if (order.closed()) {
                closed++;
            } else if (!order.orderKept()) {
                withoutOrder++;
            } else {
                try {
                    if (reassessOne.test(order.orderId())) {
                        reassessed++;
                    }
                } catch (RuntimeException e) {
                    if (TransientFailures.isDatabaseUnavailable(e)) {
                        LOG.warnf("Re-assessment under rulebook %s stopped at order %s, the database is unavailable: "
                                + "%s", version, order.orderId(), e.toString());
                        throw new DatabaseUnavailableException("The database is unavailable; " + reassessed
                                + " order(s) were re-assessed and " + failed + " failed before it went away, the "
                                + "others were not tried. Ask again later: an order already re-assessed is not "
                                + "judged again.", e);
                    }
                    LOG.warnf(e, "Order %s was not re-assessed under rulebook %s and keeps its older assessment: %s",
                            order.orderId(), version, reason(e));
                    failed++;
                    if (failedOrderIds.size() < ReassessmentSummary.FAILED_IDS_SHOWN) {
                        failedOrderIds.add(order.orderId());
                    }
                }
            }
        }
        return new ReassessmentSummary(version, reassessed, closed, withoutOrder, failed,
                List.copyOf(failedOrderIds));
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

    /** The failure and, when it only wraps another, the innermost cause, which usually names what is wrong. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + ", caused by " + root;
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
