package io.lexroute.resolver.persistence;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Order;
import io.lexroute.outbox.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One assessment of one order, stored as the JSON that went out on {@code order.assessed}, with the order it judged
 * (absent in rows written before orders were kept).
 */
@Entity
@Table(name = "assessment")
public class AssessmentRecord extends PanacheEntityBase {

    /** From the column's own sequence, 50 at a time (V3), so that a poll's assessments are inserted in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_ids")
    @SequenceGenerator(name = "assessment_ids", sequenceName = "assessment_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "rulebook_version", nullable = false)
    public String rulebookVersion;

    @Column(name = "assessment", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String assessmentJson;

    @Column(name = "order_json", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String orderJson;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false)
    public AssessmentCause cause;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static AssessmentRecord of(UUID orderId, Order order, Instant receivedAt, Assessment assessment,
            AssessmentCause cause, Instant createdAt) {
        AssessmentRecord record = new AssessmentRecord();
        record.orderId = orderId;
        record.rulebookVersion = assessment.rulebookVersion();
        record.assessmentJson = json(assessment);
        record.orderJson = json(order);
        record.receivedAt = receivedAt;
        record.cause = cause;
        record.createdAt = createdAt;
        return record;
    }

    /** Oldest first, so the last entry is the assessment in force. */
    public static List<AssessmentRecord> history(UUID orderId) {
        return list("orderId = ?1 order by createdAt, id", orderId);
    }

    /** The assessment in force. */
    public static Optional<AssessmentRecord> latest(UUID orderId) {
        return find("orderId = ?1 order by createdAt desc, id desc", orderId).firstResultOptional();
    }

    /** The newest assessment that kept its order: the order as last received. */
    public static Optional<AssessmentRecord> latestWithOrder(UUID orderId) {
        return find("orderId = ?1 and orderJson is not null order by createdAt desc, id desc", orderId)
                .firstResultOptional();
    }

    public static boolean exists(UUID orderId) {
        return count("orderId", orderId) > 0;
    }

    public Assessment assessment() {
        return read(assessmentJson, Assessment.class);
    }

    public Optional<Order> order() {
        return orderJson == null ? Optional.empty() : Optional.of(read(orderJson, Order.class));
    }

    private static String json(Object value) {
        return new String(EventJson.write(value), StandardCharsets.UTF_8);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return EventJson.read(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored assessment " + id + " is not readable", e);
        }
    }
}
