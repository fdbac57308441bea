package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.Deadlines;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A release task as its provider (and the decision API) sees it. {@code revision}: the decision revision its scope,
 * deadline and reference come from; a provider that sends it back as {@code If-Match} with its package or not-found
 * report is told (412) when the task has changed since it read it. {@code heldUntil}: while {@code HELD}, when the
 * notified State's window ends and the task opens. {@code overdue}: still open past the order's answer deadline. The
 * links, absolute, are set while the task is open.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleaseTaskView(
        UUID id,
        UUID orderId,
        String orderReference,
        String provider,
        DataCategory dataCategory,
        String location,
        ReleaseTaskStatus status,
        int revision,
        TaskScope scope,
        Instant heldUntil,
        Instant deadline,
        boolean overdue,
        Instant createdAt,
        Instant updatedAt,
        String uploadLink,
        String notFoundLink) {

    /** {@code publicUrl}: the gateway's, without a trailing slash, from which the links are absolute. */
    static ReleaseTaskView of(ReleaseTaskEntity task, Instant now, String publicUrl) {
        boolean open = task.status == ReleaseTaskStatus.OPEN;
        String self = publicUrl + "/api/v1/providers/" + task.provider + "/release-tasks/" + task.id;
        return new ReleaseTaskView(task.id, task.orderId, task.orderReference, task.provider, task.dataCategory,
                task.country, task.status, task.decisionRevision, task.readScope(), task.heldUntil, task.deadline,
                open && Deadlines.isOverdue(task.deadline, now),
                task.createdAt, task.updatedAt, open ? self + "/package" : null, open ? self + "/not-found" : null);
    }
}
