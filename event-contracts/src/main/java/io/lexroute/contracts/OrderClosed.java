package io.lexroute.contracts;

import java.time.Instant;
import java.util.UUID;

/** Nothing more will happen to the order: every release arrived, or every outcome is final. */
public record OrderClosed(UUID orderId, OrderStatus status, Instant closedAt, String reason) implements OrderEvent {
}
