package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.Completion;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PreservationTaskRepository implements PanacheRepositoryBase<PreservationTaskEntity, UUID> {

    private static final List<PreservationTaskStatus> RUNNING = Arrays.stream(PreservationTaskStatus.values())
            .filter(PreservationTaskStatus::isRunning).toList();

    /**
     * At most {@code limit} of the provider's tasks from {@code first} of those after {@code after} (of all when
     * empty), oldest first, of any of {@code statuses}.
     */
    public List<PreservationTaskEntity> ofProvider(String provider, Set<PreservationTaskStatus> statuses,
            Optional<TaskSortKey> after, int first, int limit) {
        return ProviderTaskQueries.ofProvider(this, provider, statuses, after, first, limit);
    }

    public List<PreservationTaskEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("createdAt").and("dataCategory").and("country"), orderId);
    }

    /** The outcomes of the order whose preservation is carried out ({@link Completion#preservationCarriedOut}). */
    public Set<OutcomeKey> carriedOutOf(UUID orderId) {
        return ofOrder(orderId).stream().filter(task -> Completion.preservationCarriedOut(task.status))
                .map(PreservationTaskEntity::key).collect(Collectors.toSet());
    }

    /** Orders with an open or confirmed task whose period ended by {@code now}, the longest overdue first. */
    public List<UUID> ordersWithElapsedPeriods(Instant now, int limit) {
        return getEntityManager().createQuery("""
                        select task.orderId from PreservationTaskEntity task
                        where task.status in ?1 and task.preserveUntil <= ?2
                        group by task.orderId
                        order by min(task.preserveUntil)""", UUID.class)
                .setParameter(1, RUNNING)
                .setParameter(2, now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims the order's open or confirmed tasks whose period ended by {@code now}: rows another instance is ending
     * right now are skipped (it owns them until its transaction ends), so no task is ended twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<PreservationTaskEntity> claimElapsed(UUID orderId, Instant now) {
        return getEntityManager().createNativeQuery("""
                        select * from preservation_task
                        where order_id = ?1 and status in ('OPEN', 'PRESERVING') and preserve_until <= ?2
                        order by created_at, data_category, country
                        for update skip locked""", PreservationTaskEntity.class)
                .setParameter(1, orderId)
                .setParameter(2, now)
                .getResultList();
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
