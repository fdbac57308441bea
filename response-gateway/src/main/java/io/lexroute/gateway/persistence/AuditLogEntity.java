package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of the hash-chained audit log; rows are only ever added. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(nullable = false)
    public String details;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;

    public static AuditLogEntity of(AuditEntry entry) {
        AuditLogEntity row = new AuditLogEntity();
        row.seq = entry.seq();
        row.at = entry.at();
        row.actor = entry.actor();
        row.action = entry.action();
        row.orderId = entry.orderId();
        row.details = entry.details();
        row.prevHash = entry.prevHash();
        row.hash = entry.hash();
        return row;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(seq, at, actor, action, orderId, details, prevHash, hash);
    }
}
