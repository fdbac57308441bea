package io.lexroute.gateway.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewStatus;
import io.lexroute.outbox.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One outcome in the legal review queue, and once decided, who decided what and why; where a reviewer first filed a
 * reasoned objection (Art. 17), who filed it, why and when, kept beside the decision that came of it.
 */
@Entity
@Table(name = "legal_review")
public class LegalReviewEntity extends PanacheEntityBase {

    private static final TypeReference<List<Ground>> GROUNDS = new TypeReference<>() {
    };

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_category", nullable = false)
    public DataCategory dataCategory;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "order_reference")
    public String orderReference;

    public String provider;

    public String authority;

    /** The outcome's grounds (a list of the contracts' Ground) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String grounds;

    @Column(name = "answer_deadline")
    public Instant answerDeadline;

    @Column(name = "decision_revision", nullable = false)
    public int decisionRevision;

    public String reviewer;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String reason;

    @Column(name = "objected_by")
    public String objectedBy;

    public String objection;

    @Column(name = "objected_at")
    public Instant objectedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public OutcomeKey key() {
        return new OutcomeKey(dataCategory, country);
    }

    public List<Ground> readGrounds() {
        try {
            return EventJson.mapper().readValue(grounds, GROUNDS);
        } catch (IOException e) {
            throw new UncheckedIOException("grounds of review " + id + " are unreadable", e);
        }
    }

    public void writeGrounds(List<Ground> outcomeGrounds) {
        grounds = new String(EventJson.write(outcomeGrounds == null ? List.of() : outcomeGrounds),
                StandardCharsets.UTF_8);
    }
}
