package io.lexroute.locator.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the catalog said about an order when it was located, kept for audit (the catalog changes afterwards). */
@Entity
@Table(name = "location_lookup")
public class LocationLookupEntity extends PanacheEntityBase {

    /** From the column's own sequence, 50 at a time (V3), so that a poll's lookups are inserted in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_lookup_ids")
    @SequenceGenerator(name = "location_lookup_ids", sequenceName = "location_lookup_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(name = "located_at", nullable = false)
    public Instant locatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String locations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unmatched_targets", nullable = false)
    public String unmatchedTargets;

    /** The provider's addressee of orders in the Union as recorded then; null when it had recorded none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String addressee;

    /**
     * When the assessment the order was located with was made; null in lookups recorded before V6, which kept no
     * assessment.
     */
    @Column(name = "assessed_at")
    public Instant assessedAt;
}
