package io.lexroute.locator.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LocationLookupRepository implements PanacheRepository<LocationLookupEntity> {

    public List<LocationLookupEntity> ofOrder(UUID orderId) {
        return list("orderId", orderId);
    }
}
