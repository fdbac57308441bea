package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DataPackageRepository implements PanacheRepositoryBase<DataPackageEntity, UUID> {

    public List<DataPackageEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("receivedAt").and("id"), orderId);
    }

    /** A package only through the order it belongs to. */
    public Optional<DataPackageEntity> inOrder(UUID orderId, UUID packageId) {
        return find("id = ?1 and orderId = ?2", packageId, orderId).firstResultOptional();
    }
}
