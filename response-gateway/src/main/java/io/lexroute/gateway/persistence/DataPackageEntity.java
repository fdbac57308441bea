package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A package a provider uploaded for a release task; its bytes are a file of the PackageStore. */
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
}
