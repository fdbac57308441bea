package io.lexroute.intake.persistence;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.OrderPackageReceived;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A released data package that response-gateway holds for the order, as its manifest lists it. */
@Entity
@Table(name = "order_package")
public class OrderPackageEntity extends PanacheEntityBase {

    @Id
    @Column(name = "package_id")
    public UUID packageId;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_category")
    public DataCategory dataCategory;

    public String location;

    @Column(nullable = false)
    public String name;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lower-case hex, as response-gateway took it when the package arrived. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "download_link", nullable = false)
    public String downloadLink;

    /** Records the package unless it is already there; true when it was new. */
    public static boolean record(OrderPackageReceived event) {
        if (findByIdOptional(event.packageId()).isPresent()) {
            return false;
        }
        OrderPackageEntity pkg = new OrderPackageEntity();
        pkg.packageId = event.packageId();
        pkg.orderId = event.orderId();
        pkg.dataCategory = event.dataCategory();
        pkg.location = event.location();
        pkg.name = event.name();
        pkg.contentType = event.contentType();
        pkg.sizeBytes = event.size();
        pkg.sha256 = event.sha256();
        pkg.receivedAt = event.receivedAt();
        pkg.downloadLink = event.downloadLink();
        pkg.persist();
        return true;
    }

    public static List<OrderPackageEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.by("receivedAt").and("name"), orderId);
    }
}
