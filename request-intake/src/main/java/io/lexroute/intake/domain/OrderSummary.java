package io.lexroute.intake.domain;

import io.lexroute.contracts.OrderStatus;
import java.time.Instant;
import java.util.UUID;

/** One line of an order list. */
public record OrderSummary(
        UUID id,
        String externalReference,
        String issuingAuthorityCountry,
        String provider,
        OrderStatus status,
        Instant receivedAt,
        Instant updatedAt) {
}
