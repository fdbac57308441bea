package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.ReleaseTaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a provider must export and upload for one released (or, until its window ends, held) outcome. */
@Entity
@Table(name = "release_task")
public class ReleaseTaskEntity extends ProviderTask {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReleaseTaskStatus status;

    /** The order's answer deadline; null when the assessment sets none. */
    public Instant deadline;

    /** While {@code HELD}: when the notified State's window ends and the task opens. */
    @Column(name = "held_until")
    public Instant heldUntil;

    /** When the issuing authority was told that the deadline passed before the package arrived; null until then. */
    @Column(name = "deadline_passed_notified_at")
    public Instant deadlinePassedNotifiedAt;
}
