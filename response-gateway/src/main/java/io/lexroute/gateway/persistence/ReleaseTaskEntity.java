package io.lexroute.gateway.persistence;

import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.domain.TaskScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a provider must export and upload for one released outcome. */
@Entity
@Table(name = "release_task")
public class ReleaseTaskEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public String provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_category", nullable = false)
    public DataCategory dataCategory;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReleaseTaskStatus status;

    @Column(name = "order_reference")
    public String orderReference;

    /** The domain's TaskScope as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String scope;

    public Instant deadline;

    /** While {@code HELD}: when the notified State's window ends and the task opens. */
    @Column(name = "held_until")
    public Instant heldUntil;

    @Column(name = "decision_revision", nullable = false)
    public int decisionRevision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public OutcomeKey key() {
        return new OutcomeKey(dataCategory, country);
    }

    public TaskScope readScope() {
        return ScopeJson.read(scope, "release task " + id);
    }

    public void writeScope(TaskScope taskScope) {
        scope = ScopeJson.write(taskScope);
    }
}
