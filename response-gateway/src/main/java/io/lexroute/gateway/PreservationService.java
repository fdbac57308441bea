package io.lexroute.gateway;

import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.NothingFoundException;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.domain.TaskChangedException;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.OrderClosureRepository;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Preservation through the provider (a European Preservation Order under Regulation (EU) 2023/1543; its period, Art.
 * 11): its tasks, its confirmation that it keeps the data, and the data it cannot find. Nothing is ever disclosed
 * here. The period itself, as the issuing authority shapes it and as it ends, is {@link PreservationPeriodService}'s.
 */
@ApplicationScoped
public class PreservationService {

    private static final Logger LOG = Logger.getLogger(PreservationService.class);

    private final PreservationTaskRepository tasks;
    private final GatewayService gateway;
    private final OrderCloser closer;
    private final OrderClosureRepository closures;
    private final AuditLog audit;

    public PreservationService(PreservationTaskRepository tasks, GatewayService gateway, OrderCloser closer,
            OrderClosureRepository closures, AuditLog audit) {
        this.tasks = tasks;
        this.gateway = gateway;
        this.closer = closer;
        this.closures = closures;
        this.audit = audit;
    }

    /** One page of the provider's tasks, oldest first, of any of {@code statuses} (every status when empty). */
    @Transactional
    public ListPage<PreservationTaskEntity> tasksOf(String provider, Set<PreservationTaskStatus> statuses,
            TaskPageRequest page) {
        return page.read((after, first, limit) -> tasks.ofProvider(provider, statuses, after, first, limit));
    }

    /** The provider a task was created for; empty when there is no such task. */
    public Optional<String> providerOfTask(UUID taskId) {
        return tasks.findByIdOptional(taskId).map(task -> task.provider);
    }

    /**
     * The provider keeps the task's data until its end (none while kept for a request for production): the task is
     * {@code PRESERVING}, the confirmation audited as
     * {@code actor}'s, and the order closed when this was the last thing awaited. Confirming a task already confirmed
     * changes nothing (a retried request gets the same answer). {@code taskRevision}: the task's revision the provider
     * confirms (its {@code If-Match}), when it gave one.
     */
    @Transactional
    public PreservationTaskEntity confirm(String provider, UUID taskId, Integer taskRevision, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderOf(provider, taskId));
        PreservationTaskEntity task = taskOf(provider, taskId);
        requireRevision(task, taskRevision);
        if (task.status == PreservationTaskStatus.PRESERVING) {
            return task;
        }
        requireOpen(task);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (task.preserveUntil != null && !now.isBefore(task.preserveUntil)) {
            throw new StateConflictException("Preservation task " + task.id + " asked for the data to be kept until "
                    + task.preserveUntil + ", which has passed: there is nothing left to confirm.");
        }
        task.status = PreservationTaskStatus.PRESERVING;
        task.confirmedBy = actor;
        task.confirmedAt = now;
        task.updatedAt = now;
        LOG.infof("Provider %s preserves %s of order %s until %s (task %s)", provider, task.key(), task.orderId,
                task.preserveUntil, taskId);
        audit.append(actor, AuditAction.PRESERVATION_CONFIRMED, task.orderId, AuditLog.details(
                "taskId", taskId.toString(), "dataCategory", task.dataCategory.name(), "location", task.country,
                "taskRevision", task.decisionRevision, "preserveUntil", Objects.toString(task.preserveUntil, null)));
        closer.closeIfDone(latest, latest.readDecision(), actor);
        return task;
    }

    /**
     * The provider holds none of the task's data: the task is closed as not found and the outcome becomes REFUSE
     * ({@code DATA_NOT_HELD}) in a new revision of the decision. Only an open task: data the provider confirmed it
     * keeps cannot then be reported missing. A task of an order already closed (one Flyway V14 opened for an order
     * preserved before tasks existed) is closed as not found and audited, and the order's final answer stands: no
     * revision follows a closure.
     */
    @Transactional
    public DecisionEntity reportNotFound(String provider, UUID taskId, String note, Integer taskRevision,
            String actor) {
        DecisionEntity latest = gateway.lockLatest(orderOf(provider, taskId));
        PreservationTaskEntity task = taskOf(provider, taskId);
        requireOpen(task);
        requireRevision(task, taskRevision);
        task.status = PreservationTaskStatus.NOT_FOUND;
        task.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LOG.infof("Provider %s found no data for preservation task %s (%s of order %s)", provider, taskId,
                task.key(), task.orderId);
        if (closures.findByIdOptional(task.orderId).isPresent()) {
            audit.append(actor, AuditAction.NOT_FOUND_AFTER_CLOSURE, task.orderId, AuditLog.details(
                    "taskId", taskId.toString(), "dataCategory", task.dataCategory.name(), "location", task.country,
                    "note", note == null || note.isBlank() ? null : note.strip()));
            return latest;
        }
        return gateway.reviseAsNotHeld(latest, task.key(), provider, note,
                "preservation-task:" + taskId + ":not-found", actor);
    }

    private UUID orderOf(String provider, UUID taskId) {
        return tasks.orderIdOf(taskId).orElseThrow(() -> noTask(provider, taskId));
    }

    /** The provider's own task: checked here too, whoever calls. */
    private PreservationTaskEntity taskOf(String provider, UUID taskId) {
        return tasks.findByIdOptional(taskId)
                .filter(candidate -> candidate.provider.equals(provider))
                .orElseThrow(() -> noTask(provider, taskId));
    }

    /** The task is still at the revision the provider answers ({@code If-Match}), if it names one. */
    private static void requireRevision(PreservationTaskEntity task, Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != task.decisionRevision) {
            throw new TaskChangedException("Preservation task " + task.id + " is at revision "
                    + task.decisionRevision + ", not " + expectedRevision
                    + " (If-Match): read it again and answer what it now asks for.");
        }
    }

    private static void requireOpen(PreservationTaskEntity task) {
        if (task.status != PreservationTaskStatus.OPEN) {
            throw new StateConflictException("Preservation task " + task.id + " is " + task.status
                    + "; only an open task takes a confirmation or a not-found report.");
        }
    }

    private static NothingFoundException noTask(String provider, UUID taskId) {
        return new NothingFoundException("Provider " + provider + " has no preservation task " + taskId + ".");
    }
}
