package io.lexroute.intake.persistence;

import io.lexroute.contracts.OrderStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of an order's history. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntryEntity extends PanacheEntityBase {

    /** From the identity column's own sequence, 50 at a time (V3), so that steps can be inserted in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_timeline_ids")
    @SequenceGenerator(name = "order_timeline_ids", sequenceName = "order_timeline_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String service;

    public String detail;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static TimelineEntryEntity step(UUID orderId, String step, OrderStatus status, Instant occurredAt,
            String service, String detail, Instant recordedAt) {
        TimelineEntryEntity entry = new TimelineEntryEntity();
        entry.orderId = orderId;
        entry.step = step;
        entry.status = status;
        entry.occurredAt = occurredAt;
        entry.service = service;
        entry.detail = detail;
        entry.recordedAt = recordedAt;
        return entry;
    }

    public static List<TimelineEntryEntity> forOrder(UUID orderId) {
        return list("orderId", Sort.ascending("occurredAt", "id"), orderId);
    }
}
