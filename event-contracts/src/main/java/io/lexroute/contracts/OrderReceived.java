package io.lexroute.contracts;

import java.time.Instant;
import java.util.UUID;

/** request-intake accepted an order. */
public record OrderReceived(UUID orderId, Instant receivedAt, Order order) implements OrderEvent {
}
