package io.lexroute.intake.domain;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.OrderStatus;
import java.util.List;
import java.util.UUID;

/** What the issuing authority gets back once its order is decided. */
public record OrderAnswer(
        UUID orderId,
        OrderStatus status,
        Decision decision,
        Refusal refusal,
        List<ReleasedPackage> packages) {
}
