package io.lexroute.gateway;

import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.AuditChain;
import io.lexroute.gateway.domain.AuditDetails;
import io.lexroute.gateway.domain.AuditEntry;
import io.lexroute.gateway.domain.AuditVerification;
import io.lexroute.gateway.domain.AuditVerifier;
import io.lexroute.gateway.persistence.AuditLogEntity;
import io.lexroute.gateway.persistence.AuditLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hash-chained audit log. Entries are appended in the transaction of the action they record, so an action and
 * its entry commit or roll back together; appends are serialised across instances by an advisory lock held to the
 * end of that transaction.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of what the gateway does by itself: on an order.located event or when a hold window ends. */
    public static final String SYSTEM = "response-gateway";
    private static final int VERIFY_PAGE = 1000;

    private final AuditLogRepository entries;

    public AuditLog(AuditLogRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(String actor, AuditAction action, UUID orderId, Map<String, ?> details) {
        entries.lockChain();
        AuditEntry entry = AuditChain.next(entries.head().orElse(null), Instant.now(), actor, action.name(), orderId,
                AuditDetails.canonical(details));
        entries.append(entry);
        return entry;
    }

    /** Walks the whole chain in pages; entries committed while it runs may or may not be included. */
    @Transactional
    public AuditVerification verify() {
        AuditVerifier verifier = new AuditVerifier();
        long after = 0;
        List<AuditLogEntity> page;
        do {
            page = entries.after(after, VERIFY_PAGE);
            for (AuditLogEntity row : page) {
                verifier.check(row.toEntry());
                after = row.seq;
            }
            entries.getEntityManager().clear();
        } while (page.size() == VERIFY_PAGE);
        return verifier.result();
    }

    @Transactional
    public List<AuditEntry> ofOrder(UUID orderId) {
        return entries.ofOrder(orderId).stream().map(AuditLogEntity::toEntry).toList();
    }

    /** Details from alternating keys and values; unlike {@code Map.of}, a value may be null. */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
