package io.lexroute.contracts;

import java.util.UUID;

/** jurisdiction-resolver decided which law applies. */
public record OrderAssessed(UUID orderId, Order order, Assessment assessment) implements OrderEvent {
}
