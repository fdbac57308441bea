package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustodyEventRepository implements PanacheRepositoryBase<CustodyEventEntity, Long> {

    public List<CustodyEventEntity> ofPackage(UUID packageId) {
        return list("packageId", Sort.ascending("id"), packageId);
    }
}
