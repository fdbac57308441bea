package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.CustodyAction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a package's chain of custody; rows are only ever added. */
@Entity
@Table(name = "custody_event")
public class CustodyEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "package_id", nullable = false)
    public UUID packageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustodyAction action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    public static CustodyEventEntity of(DataPackageEntity pkg, CustodyAction action, String actor, Instant at) {
        CustodyEventEntity event = new CustodyEventEntity();
        event.packageId = pkg.id;
        event.action = action;
        event.actor = actor;
        event.occurredAt = at;
        event.sizeBytes = pkg.sizeBytes;
        event.sha256 = pkg.sha256;
        return event;
    }
}
