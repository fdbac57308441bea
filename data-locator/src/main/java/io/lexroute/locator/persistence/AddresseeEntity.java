package io.lexroute.locator.persistence;

import io.lexroute.contracts.EuAddressee;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider's addressee of orders in the Union; one per provider. */
@Entity
@Table(name = "eu_addressee")
public class AddresseeEntity extends PanacheEntityBase {

    @Id
    @Column(name = "provider_id")
    public String providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EuAddressee.Kind kind;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
