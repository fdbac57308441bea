package io.lexroute.gateway.api;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.OrderOverview;
import io.lexroute.gateway.domain.Deadlines;
import io.lexroute.gateway.domain.Grounds;
import io.lexroute.gateway.persistence.OrderClosureEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The latest revision of the decision on an order, with its answer deadline ({@code overdue} while the order is not
 * closed past it, and not while a reasoned objection under Art. 17 suspends its execution), its release and
 * preservation tasks, and its closure once nothing more will happen.
 */
public record DecisionView(
        UUID orderId,
        int revision,
        OrderStatus status,
        Decision decision,
        Instant answerDeadline,
        boolean overdue,
        Closure closed,
        List<ReleaseTaskView> releaseTasks,
        List<PreservationTaskView> preservationTasks) {

    public record Closure(OrderStatus status, Instant closedAt, String reason) {

        static Closure of(OrderClosureEntity closure) {
            return new Closure(closure.status, closure.closedAt, closure.reason);
        }
    }

    static DecisionView of(OrderOverview overview, Instant now, String publicUrl) {
        Closure closed = overview.closure().map(Closure::of).orElse(null);
        return new DecisionView(overview.latest().orderId, overview.latest().revision, overview.latest().status,
                overview.latest().readDecision(), overview.answerDeadline(),
                closed == null && !suspended(overview.latest().readDecision())
                        && Deadlines.isOverdue(overview.answerDeadline(), now), closed,
                overview.releaseTasks().stream().map(task -> ReleaseTaskView.of(task, now, publicUrl)).toList(),
                overview.preservationTasks().stream().map(task -> PreservationTaskView.of(task, now, publicUrl))
                        .toList());
    }

    /** An outcome still in review under a filed objection: the order's execution waits for the objection's fate. */
    private static boolean suspended(Decision decision) {
        return decision.outcomes().stream().anyMatch(outcome -> Grounds.filedObjection(outcome).isPresent());
    }
}
