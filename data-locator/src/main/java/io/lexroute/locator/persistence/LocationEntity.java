package io.lexroute.locator.persistence;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.StorageLocation;
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
@Table(name = "storage_location")
public class LocationEntity extends PanacheEntityBase {

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
    @Column(name = "data_category", nullable = false)
    public DataCategory dataCategory;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public String site;

    @Column(nullable = false)
    public String custodian;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StorageLocation.Role role;
}
