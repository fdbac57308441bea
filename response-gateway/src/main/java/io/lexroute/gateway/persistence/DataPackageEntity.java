package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A package a provider uploaded for a release task; its bytes are a file of the PackageStore. One uploaded for a task
 * held during the notified State's window waits ({@code releasedAt} null) until the window ends and the outcome is
 * released, or is discarded (its bytes deleted, the row kept) when the outcome is refused or no longer released.
 */
@Entity
@Table(name = "data_package")
public class DataPackageEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public String name;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lower-case hex. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "storage_path", nullable = false)
    public String storagePath;

    @Column(name = "received_from", nullable = false)
    public String receivedFrom;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When the issuing authority could first list and download it: on receipt, or at the end of a hold's window. */
    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "discarded_at")
    public Instant discardedAt;

    @Column(name = "discard_reason")
    public String discardReason;

    /**
     * When the bytes of a discarded package were known to be gone (null until then, and on a package not discarded):
     * set by the delete right after the discard commits, or later by {@code DiscardedBytesScheduler}.
     */
    @Column(name = "bytes_deleted_at")
    public Instant bytesDeletedAt;

    /** Uploaded for a held task, and neither released nor discarded yet. */
    public boolean isWaiting() {
        return releasedAt == null && discardedAt == null;
    }
}
