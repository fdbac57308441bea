package io.lexroute.contracts;

import java.util.UUID;

/**
 * response-gateway reached (or revised) the outcomes for an order. {@code revision} grows by one each time the
 * gateway changes its decision (a hold that ends, a reviewer who decides), so readers keep the newest.
 */
public record OrderDecided(UUID orderId, int revision, OrderStatus status, Decision decision) implements OrderEvent {
}
