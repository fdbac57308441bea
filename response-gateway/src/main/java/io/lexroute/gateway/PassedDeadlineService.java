package io.lexroute.gateway;

import io.lexroute.contracts.OrderDeadlinePassed;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.persistence.OrderLocks;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import io.lexroute.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells the issuing authority ({@code order.deadline-passed}) when its order's answer deadline passes while a release
 * task still waits for the provider's package: the task is open (not held, uploaded, not found or cancelled) and the
 * order not closed. Once per task: the task is marked in the transaction that publishes the event.
 */
@ApplicationScoped
public class PassedDeadlineService {

    private static final Logger LOG = Logger.getLogger(PassedDeadlineService.class);

    private final ReleaseTaskRepository tasks;
    private final OrderLocks locks;
    private final EventOutbox outbox;
    private final AuditLog audit;
    private final GatewayConfig config;

    public PassedDeadlineService(ReleaseTaskRepository tasks, OrderLocks locks, EventOutbox outbox, AuditLog audit,
            GatewayConfig config) {
        this.tasks = tasks;
        this.locks = locks;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
    }

    /**
     * Tells every passed deadline not yet told, one order per transaction so that one failing order holds up no other
     * (it is tried again on the next tick).
     *
     * @return how many tasks were told
     */
    public int tellPassedDeadlines() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return OrderSweep.each(config.deadlineBatchSize(), limit -> tasks.ordersWithUntoldPassedDeadlines(now, limit),
                orderId -> tell(orderId, now), "Telling the passed deadlines");
    }

    private int tell(UUID orderId, Instant now) {
        locks.lock(orderId);
        List<ReleaseTaskEntity> passed = tasks.claimUntoldPassedDeadlines(orderId, now);
        for (ReleaseTaskEntity task : passed) {
            task.deadlinePassedNotifiedAt = now;
            outbox.append(new OrderDeadlinePassed(orderId, task.dataCategory, task.country, task.provider,
                    task.deadline, now));
            audit.append(AuditLog.SYSTEM, AuditAction.DEADLINE_PASSED, orderId, AuditLog.details(
                    "taskId", task.id.toString(), "dataCategory", task.dataCategory.name(), "location", task.country,
                    "provider", task.provider, "deadline", task.deadline.toString()));
            LOG.infof("The answer deadline %s of order %s passed before provider %s sent %s (release task %s)",
                    task.deadline, orderId, task.provider, task.key(), task.id);
        }
        return passed.size();
    }
}
