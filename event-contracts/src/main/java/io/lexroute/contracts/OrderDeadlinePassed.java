package io.lexroute.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The order's answer deadline passed while the provider's package for one released outcome was still awaited: one
 * event per release task, published once, in the transaction that noted it. {@code deadline} is the one the
 * assessment set; {@code noticedAt} is when response-gateway found it passed (after it, by up to its check interval).
 */
public record OrderDeadlinePassed(
        UUID orderId,
        DataCategory dataCategory,
        String location,
        String provider,
        Instant deadline,
        Instant noticedAt) implements OrderEvent {
}
