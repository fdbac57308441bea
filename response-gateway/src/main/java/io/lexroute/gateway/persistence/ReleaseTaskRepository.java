package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReleaseTaskRepository implements PanacheRepositoryBase<ReleaseTaskEntity, UUID> {

    /**
     * At most {@code limit} of the provider's tasks from {@code first} of those after {@code after} (of all when
     * empty), oldest first, of any of {@code statuses}.
     */
    public List<ReleaseTaskEntity> ofProvider(String provider, Set<ReleaseTaskStatus> statuses,
            Optional<TaskSortKey> after, int first, int limit) {
        return ProviderTaskQueries.ofProvider(this, provider, statuses, after, first, limit);
    }

    public List<ReleaseTaskEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("createdAt").and("dataCategory").and("country"), orderId);
    }

    /** The outcomes of the order whose data package the provider has uploaded: delivered, past suspending. */
    public Set<OutcomeKey> deliveredOf(UUID orderId) {
        return ofOrder(orderId).stream().filter(task -> task.status == ReleaseTaskStatus.UPLOADED)
                .map(ReleaseTaskEntity::key).collect(Collectors.toSet());
    }

    /**
     * Orders not closed with an open task past its deadline by {@code now} of which the authority has not been told,
     * the longest overdue first.
     */
    public List<UUID> ordersWithUntoldPassedDeadlines(Instant now, int limit) {
        return getEntityManager().createQuery("""
                        select task.orderId from ReleaseTaskEntity task
                        where task.status = ?1 and task.deadline < ?2 and task.deadlinePassedNotifiedAt is null
                        and not exists (select closure.orderId from OrderClosureEntity closure
                                        where closure.orderId = task.orderId)
                        group by task.orderId
                        order by min(task.deadline)""", UUID.class)
                .setParameter(1, ReleaseTaskStatus.OPEN)
                .setParameter(2, now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims the open tasks of the order, if it is not closed, that are past their deadline by {@code now} and not yet
     * told: rows another instance is telling right now are skipped (it owns them until its transaction ends), so no
     * task is told twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<ReleaseTaskEntity> claimUntoldPassedDeadlines(UUID orderId, Instant now) {
        return getEntityManager().createNativeQuery("""
                        select * from release_task
                        where order_id = ?1 and status = 'OPEN' and deadline < ?2
                        and deadline_passed_notified_at is null
                        and not exists (select 1 from order_closure where order_closure.order_id = ?1)
                        order by created_at, data_category, country
                        for update skip locked""", ReleaseTaskEntity.class)
                .setParameter(1, orderId)
                .setParameter(2, now)
                .getResultList();
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
