package io.lexroute.intake.domain;

import io.lexroute.contracts.OrderStatus;
import java.time.Instant;

/**
 * One step of an order's history.
 *
 * @param step    what happened: {@code RECEIVED}, {@code ASSESSED}, {@code LOCATED}, {@code DECIDED}, {@code CLOSED},
 *                {@code PACKAGE_RECEIVED}, {@code DEADLINE_PASSED}
 * @param status  the order's status after the step
 * @param at      when the step happened (the event's time)
 * @param service the service that took the step (the event's CloudEvents source)
 * @param detail  a short human-readable note, may be null
 */
public record TimelineStep(String step, OrderStatus status, Instant at, String service, String detail) {
}
