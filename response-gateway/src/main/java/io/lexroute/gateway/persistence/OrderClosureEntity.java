package io.lexroute.gateway.persistence;

import io.lexroute.contracts.OrderStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An order on which nothing more will happen; order.closed was published with it. */
@Entity
@Table(name = "order_closure")
public class OrderClosureEntity extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "decision_revision", nullable = false)
    public int decisionRevision;

    @Column(nullable = false)
    public String reason;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;
}
