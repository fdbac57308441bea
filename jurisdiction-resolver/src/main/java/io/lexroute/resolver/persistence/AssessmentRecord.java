package io.lexroute.resolver.persistence;

import io.lexroute.contracts.Assessment;
import io.lexroute.outbox.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One assessment of one order, stored as the JSON that went out on {@code order.assessed}. */
@Entity
@Table(name = "assessment")
public class AssessmentRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "rulebook_version", nullable = false)
    public String rulebookVersion;

    @Column(name = "assessment", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String assessmentJson;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static AssessmentRecord of(UUID orderId, Assessment assessment, Instant createdAt) {
        AssessmentRecord record = new AssessmentRecord();
        record.orderId = orderId;
        record.rulebookVersion = assessment.rulebookVersion();
        record.assessmentJson = new String(EventJson.write(assessment), StandardCharsets.UTF_8);
        record.createdAt = createdAt;
        return record;
    }

    /** Oldest first, so the last entry is the assessment in force. */
    public static List<AssessmentRecord> history(UUID orderId) {
        return list("orderId = ?1 order by createdAt, id", orderId);
    }

    public Assessment assessment() {
        try {
            return EventJson.read(assessmentJson.getBytes(StandardCharsets.UTF_8), Assessment.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored assessment " + id + " is not readable", e);
        }
    }
}
