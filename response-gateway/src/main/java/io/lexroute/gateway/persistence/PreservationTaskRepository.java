package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PreservationTaskRepository implements PanacheRepositoryBase<PreservationTaskEntity, UUID> {

    /** Oldest first, as a provider should work through them. */
    public List<PreservationTaskEntity> ofProvider(String provider, Optional<PreservationTaskStatus> status) {
        Sort oldestFirst = Sort.ascending("createdAt").and("id");
        return status
                .map(wanted -> list("provider = ?1 and status = ?2", oldestFirst, provider, wanted))
                .orElseGet(() -> list("provider", oldestFirst, provider));
    }

    public List<PreservationTaskEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("createdAt").and("dataCategory").and("country"), orderId);
    }

    /** The outcomes of the order whose preservation the provider has confirmed. */
    public Set<OutcomeKey> confirmedOf(UUID orderId) {
        return ofOrder(orderId).stream().filter(task -> task.status == PreservationTaskStatus.PRESERVING)
                .map(PreservationTaskEntity::key).collect(Collectors.toSet());
    }

    /** The order of a task, read without loading the task, so that the order can be locked before the task is read. */
    public Optional<UUID> orderIdOf(UUID taskId) {
        return getEntityManager()
                .createQuery("select task.orderId from PreservationTaskEntity task where task.id = ?1", UUID.class)
                .setParameter(1, taskId)
                .getResultStream()
                .findFirst();
    }
}
