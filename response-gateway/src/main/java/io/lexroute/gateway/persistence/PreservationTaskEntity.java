package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.PreservationTaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a provider must keep, without disclosing it, for one preserved outcome, and whether it confirmed it does. */
@Entity
@Table(name = "preservation_task")
public class PreservationTaskEntity extends ProviderTask {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PreservationTaskStatus status;

    @Column(name = "preserve_until", nullable = false)
    public Instant preserveUntil;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
