package io.lexroute.intake.domain;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the portal tracks it: what was submitted, where it stands, its history and, once decided, the
 * decision.
 */
public record OrderSnapshot(
        UUID id,
        String externalReference,
        OrderStatus status,
        Order order,
        Instant receivedAt,
        Instant updatedAt,
        List<TimelineStep> timeline,
        Decision decision,
        AssessmentSummary assessment) {
}
