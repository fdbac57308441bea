package io.lexroute.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * response-gateway received a released data package from the provider, hashed it and holds it for the issuing
 * authority: one event per package, published in the transaction that recorded it. {@code downloadLink} is where the
 * authority fetches the bytes (response-gateway's API); {@code sha256} is the hex digest taken on arrival.
 */
public record OrderPackageReceived(
        UUID orderId,
        UUID packageId,
        DataCategory dataCategory,
        String location,
        String name,
        String contentType,
        long size,
        String sha256,
        Instant receivedAt,
        String downloadLink) implements OrderEvent {
}
