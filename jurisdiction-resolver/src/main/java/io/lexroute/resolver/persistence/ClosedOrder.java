package io.lexroute.resolver.persistence;

import io.lexroute.outbox.PlainSql;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An order that was reported closed: nothing more happens to it, so it is not re-assessed. */
@Entity
@Table(name = "closed_order")
public class ClosedOrder extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    /** Keeps the first report; a later one for the same order changes nothing. */
    public static void remember(UUID orderId, String status, Instant closedAt) {
        PlainSql.update(getEntityManager(), """
                insert into closed_order (order_id, status, closed_at) values (?, ?, ?)
                on conflict (order_id) do nothing""", orderId, status, closedAt);
    }

    public static boolean isClosed(UUID orderId) {
        return count("orderId", orderId) > 0;
    }
}
