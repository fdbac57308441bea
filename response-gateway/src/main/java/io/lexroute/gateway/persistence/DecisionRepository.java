package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionEntity, DecisionEntity.Key> {

    public Optional<DecisionEntity> latest(UUID orderId) {
        return find("orderId", Sort.descending("revision"), orderId).firstResultOptional();
    }

    public List<DecisionEntity> revisions(UUID orderId) {
        return list("orderId", Sort.ascending("revision"), orderId);
    }
}
