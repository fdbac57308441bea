package io.lexroute.intake.api;

import io.lexroute.contracts.OrderStatus;
import java.util.UUID;

/** The body of a 202 to a submission. */
public record OrderAccepted(UUID id, OrderStatus status) {
}
