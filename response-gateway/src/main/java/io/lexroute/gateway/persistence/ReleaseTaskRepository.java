package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReleaseTaskRepository implements PanacheRepositoryBase<ReleaseTaskEntity, UUID> {

    /** Oldest first: the order in which a provider should work through them. */
    public List<ReleaseTaskEntity> ofProvider(String provider, Optional<ReleaseTaskStatus> status) {
        Sort oldestFirst = Sort.ascending("createdAt").and("id");
        return status
                .map(wanted -> list("provider = ?1 and status = ?2", oldestFirst, provider, wanted))
                .orElseGet(() -> list("provider", oldestFirst, provider));
    }

    public List<ReleaseTaskEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("createdAt").and("dataCategory").and("country"), orderId);
    }

    /** The outcomes of the order whose data package the provider has uploaded: delivered, past suspending. */
    public Set<OutcomeKey> deliveredOf(UUID orderId) {
        return ofOrder(orderId).stream().filter(task -> task.status == ReleaseTaskStatus.UPLOADED)
                .map(ReleaseTaskEntity::key).collect(Collectors.toSet());
    }

    /** The order of a task, read without loading the task, so that the order can be locked before the task is read. */
    public Optional<UUID> orderIdOf(UUID taskId) {
        return getEntityManager()
                .createQuery("select task.orderId from ReleaseTaskEntity task where task.id = ?1", UUID.class)
                .setParameter(1, taskId)
                .getResultStream()
                .findFirst();
    }
}
