package io.lexroute.locator.persistence;

import io.lexroute.contracts.TargetType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "account_identifier")
public class IdentifierEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetType type;

    @Column(nullable = false)
    public String value;

    /** {@code value} as it is matched (see IdentifierKey); unique per provider and type. */
    @Column(name = "match_value", nullable = false)
    public String matchValue;
}
