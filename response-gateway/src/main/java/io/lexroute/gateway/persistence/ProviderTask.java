package io.lexroute.gateway.persistence;

import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.TaskScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What release and preservation tasks have in common: one per order, data category and storage country, for the
 * provider, with what the task covers and the decision revision that says so.
 */
@MappedSuperclass
public abstract class ProviderTask extends PanacheEntityBase {

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

    @Column(name = "order_reference")
    public String orderReference;

    /** The domain's TaskScope as JSON: accounts, sites, custodians and the order's time range. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String scope;

    /** The decision revision the scope and the rest of what the task asks come from (a provider's If-Match). */
    @Column(name = "decision_revision", nullable = false)
    public int decisionRevision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public OutcomeKey key() {
        return new OutcomeKey(dataCategory, country);
    }

    /** Where the task stands in its provider's task lists. */
    public TaskSortKey sortKey() {
        return new TaskSortKey(createdAt, id);
    }

    public TaskScope readScope() {
        return ScopeJson.read(scope, getClass().getSimpleName() + " " + id);
    }

    public void writeScope(TaskScope taskScope) {
        scope = ScopeJson.write(taskScope);
    }
}
