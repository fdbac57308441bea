package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.HoldState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HoldTimerRepository implements PanacheRepositoryBase<HoldTimerEntity, UUID> {

    public List<HoldTimerEntity> ofOrder(UUID orderId) {
        return list("orderId", Sort.ascending("createdAt").and("dataCategory").and("country"), orderId);
    }

    /**
     * Orders with at least one pending hold whose window ended by {@code endedBy} (the scheduler's now less the
     * release grace), the longest overdue first.
     */
    public List<UUID> ordersWithDueHolds(Instant endedBy, int limit) {
        return getEntityManager().createQuery("""
                        select timer.orderId from HoldTimerEntity timer
                        where timer.state = ?1 and timer.dueAt <= ?2
                        group by timer.orderId
                        order by min(timer.dueAt)""", UUID.class)
                .setParameter(1, HoldState.PENDING)
                .setParameter(2, endedBy)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims the order's pending holds whose window ended by {@code endedBy}: rows another instance is releasing right
     * now are skipped (it owns them until its transaction ends), so several instances never release one hold twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<HoldTimerEntity> claimDue(UUID orderId, Instant endedBy) {
        return getEntityManager().createNativeQuery("""
                        select * from hold_timer
                        where order_id = ?1 and state = 'PENDING' and due_at <= ?2
                        order by due_at
                        for update skip locked""", HoldTimerEntity.class)
                .setParameter(1, orderId)
                .setParameter(2, endedBy)
                .getResultList();
    }

    /**
     * The order's holds an objection may still concern, locked for the caller's transaction: pending ones, and those
     * whose window has ended, released or (an outcome in review) cancelled when it ended; not one cancelled before
     * its end, since the outcome no longer waited for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<HoldTimerEntity> lockObjectable(UUID orderId) {
        return find("orderId = ?1 and (state in ?2 or state = ?3 and updatedAt >= dueAt)", Sort.ascending("dueAt"),
                orderId, List.of(HoldState.PENDING, HoldState.UNSUSPENDED, HoldState.RELEASED), HoldState.CANCELLED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
