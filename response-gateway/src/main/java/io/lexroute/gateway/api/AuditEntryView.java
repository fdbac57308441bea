package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.lexroute.gateway.domain.AuditEntry;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as stored; {@code details} is its canonical JSON, embedded as the object it is. */
public record AuditEntryView(
        long seq,
        Instant at,
        String actor,
        String action,
        UUID orderId,
        @JsonRawValue @Schema(type = SchemaType.OBJECT) String details,
        String prevHash,
        String hash) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.orderId(),
                entry.details(), entry.prevHash(), entry.hash());
    }
}
