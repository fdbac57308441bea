package io.lexroute.gateway.domain;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.OrderStatus;

/** A decision on an order and the overall status it gives the order. */
public record Verdict(Decision decision, OrderStatus status) {
}
