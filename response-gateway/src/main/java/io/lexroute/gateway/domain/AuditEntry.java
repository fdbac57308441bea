package io.lexroute.gateway.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log as stored. {@code details} is canonical JSON text ({@link AuditDetails});
 * {@code hash} is {@link AuditChain#hashOf} of the other fields, {@code prevHash} the hash of the entry before.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, UUID orderId, String details,
        String prevHash, String hash) {
}
