package io.lexroute.gateway.persistence;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.outbox.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of the decision on an order; rows are only ever added. */
@Entity
@Table(name = "decision")
@IdClass(DecisionEntity.Key.class)
public class DecisionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Id
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    /** The contracts' Decision as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String decision;

    /** The OrderLocated event the revision was based on, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "located_event", nullable = false)
    public String locatedEvent;

    /** The authority tenant that submitted the order (OrderLocated.order.submittedBy); the same in every revision. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /**
     * Whether this is the order's first decision: nothing (release task, hold timer, review, closure) has been set in
     * motion for the order before it, so there is nothing to look up.
     */
    public boolean isFirst() {
        return revision == 1;
    }

    public Decision readDecision() {
        return read(decision, Decision.class);
    }

    public OrderLocated readLocated() {
        return read(locatedEvent, OrderLocated.class);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return EventJson.read(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " of order " + orderId + " revision "
                    + revision + " is unreadable", e);
        }
    }

    /** The primary key: order id and revision. */
    public static class Key implements Serializable {

        public UUID orderId;
        public int revision;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && revision == key.revision && Objects.equals(orderId, key.orderId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, revision);
        }
    }
}
