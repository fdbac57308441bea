package io.lexroute.resolver.service;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderReceived;
import io.lexroute.outbox.EventOutbox;
import io.lexroute.resolver.domain.RuleEvaluator;
import io.lexroute.resolver.persistence.AssessmentRecord;
import io.lexroute.resolver.rulebook.Rulebook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Assesses orders by the rulebook, keeps every assessment and announces it on {@code order.assessed}. */
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

    /** Stores the assessment and its event in the caller's transaction, so both are kept or neither is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment assessReceived(OrderReceived received) {
        Instant now = clock.instant();
        Instant receivedAt = received.receivedAt() != null ? received.receivedAt() : now;
        Assessment assessment = evaluator.assess(received.order(), receivedAt, now);
        AssessmentRecord.of(received.orderId(), assessment, now).persist();
        outbox.append(new OrderAssessed(received.orderId(), received.order(), assessment));
        return assessment;
    }

    public List<AssessmentHistoryEntry> history(UUID orderId) {
        return AssessmentRecord.history(orderId).stream()
                .map(record -> new AssessmentHistoryEntry(record.orderId, record.rulebookVersion, record.createdAt,
                        record.assessment()))
                .toList();
    }

    public Rulebook rulebook() {
        return evaluator.rulebook();
    }
}
