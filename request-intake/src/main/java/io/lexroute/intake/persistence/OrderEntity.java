package io.lexroute.intake.persistence;

import io.lexroute.contracts.OrderStatus;
import io.lexroute.intake.domain.OrderQuery;
import io.lexroute.outbox.PlainSql;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One received order and its status read-model. The JSON columns hold the event-contract records as written. */
@Entity
@Table(name = "orders")
public class OrderEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_reference", nullable = false)
    public String externalReference;

    @Column(name = "authority_country", nullable = false)
    public String authorityCountry;

    @Column(name = "authority_name", nullable = false)
    public String authorityName;

    @Column(nullable = false)
    public String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    /** The order as submitted; never changes, so the updates of the read-model do not send it again. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "order_json", nullable = false, updatable = false)
    public String orderJson;

    /** The authority tenant that submitted the order (its token's {@code authority} claim); null before tenants. */
    @Column(name = "submitted_by")
    public String submittedBy;

    /** Unique per submitting tenant. */
    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "body_sha256", nullable = false)
    public String bodySha256;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment_json")
    public String assessmentJson;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "decision_json")
    public String decisionJson;

    @Column(name = "decision_revision")
    public Integer decisionRevision;

    @Column(name = "refusal_document_link")
    public String refusalDocumentLink;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** What an earlier submission under an idempotency key left: enough to answer a repeat or refuse a conflict. */
    public record KeyedOrder(UUID id, String bodySha256, OrderStatus status) {
    }

    /** An idempotency key with the tenant it belongs to. */
    public record SubmissionKey(String tenant, String idempotencyKey) {
    }

    /**
     * The orders stored under {@code keys}, by key. Every POST asks, so it is plain SQL on the unique (tenant, key)
     * index, one query for a whole batch of submissions, without a query plan or entities to build.
     */
    public static Map<SubmissionKey, KeyedOrder> findByIdempotencyKeys(List<SubmissionKey> keys) {
        return PlainSql.list(getEntityManager(), """
                        select id, body_sha256, status, submitted_by, idempotency_key from orders
                        where (submitted_by, idempotency_key) in (select * from unnest(?::text[], ?::text[]))""",
                        row -> Map.entry(new SubmissionKey(row.getString(4), row.getString(5)),
                                new KeyedOrder(row.getObject(1, UUID.class), row.getString(2),
                                        OrderStatus.valueOf(row.getString(3)))),
                        PlainSql.array("text", keys.stream().map(SubmissionKey::tenant).toList()),
                        PlainSql.array("text", keys.stream().map(SubmissionKey::idempotencyKey).toList()))
                .stream()
                // A HashMap: SubmissionWriter adds the batch's new orders to it (toMap promises no mutability).
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, same) -> first,
                        HashMap::new));
    }

    /** The order locked for update, so that events of different topics for it apply one after the other. */
    public static Optional<OrderEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Locks the orders of a batch of events in one query and keeps them in the persistence context with that lock:
     * {@link #findForUpdate} then finds them there without asking again. Hibernate's loader for several ids sends them
     * as one array (the same statement whatever their number; a native query or an HQL {@code in} list would be
     * resolved again on every call). PostgreSQL, walking the primary key for them, locks them in id order, so two
     * batches do not wait on each other; should they still meet in a deadlock (a plan that scans the table instead),
     * PostgreSQL ends one and the inbox applies it again.
     */
    public static List<OrderEntity> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().unwrap(Session.class)
                .findMultiple(OrderEntity.class, List.copyOf(ids), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first; an authority's query is narrowed to its own orders in the database, not after. */
    public static PanacheQuery<OrderEntity> matching(OrderQuery query) {
        Sort newestFirst = Sort.descending("receivedAt", "id");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.scope().isLimitedToOneTenant()) {
            conditions.add("submittedBy = :tenant");
            parameters.put("tenant", query.scope().tenant());
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", query.status());
        }
        PanacheQuery<OrderEntity> orders = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return orders.page(query.page(), query.size());
    }
}
