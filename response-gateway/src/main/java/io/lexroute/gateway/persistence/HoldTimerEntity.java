package io.lexroute.gateway.persistence;

import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.HoldState;
import io.lexroute.gateway.domain.OutcomeKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The durable timer of one held outcome. */
@Entity
@Table(name = "hold_timer")
public class HoldTimerEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_category", nullable = false)
    public DataCategory dataCategory;

    @Column(nullable = false)
    public String country;

    /**
     * The Member State whose authority may object: the provider's addressee's, or else the storage country; null
     * where no State may ({@code NotificationHolds.enforcingState}).
     */
    @Column(name = "enforcing_state")
    public String enforcingState;

    @Column(name = "window_hours", nullable = false)
    public int windowHours;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldState state;

    @Column(name = "decision_revision", nullable = false)
    public int decisionRevision;

    @Column(name = "objected_by")
    public String objectedBy;

    public String objection;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public OutcomeKey key() {
        return new OutcomeKey(dataCategory, country);
    }
}
