package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.PreservationEndReason;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A preservation task as its provider (and the decision API) sees it: what to keep, without disclosing it, until
 * {@code preserveUntil} (Regulation (EU) 2023/1543, Art. 11). {@code revision}: the decision revision its scope and
 * reference come from, for {@code If-Match}. {@code extendedAt}: when the issuing authority extended the period by 30
 * days ({@code preserveUntil} is the extended end). {@code productionRequestConfirmedAt}: when it confirmed that a
 * request for production follows; {@code preserveUntil} is then absent: the data is kept until that request is served.
 * {@code periodEnded}: the duty has ended ({@code ENDED}, with {@code endedAt} and {@code endReason}) or
 * {@code preserveUntil} has passed. The links, absolute, are set while the task is open.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreservationTaskView(
        UUID id,
        UUID orderId,
        String orderReference,
        String provider,
        DataCategory dataCategory,
        String location,
        PreservationTaskStatus status,
        int revision,
        TaskScope scope,
        Instant preserveUntil,
        boolean periodEnded,
        Instant extendedAt,
        Instant productionRequestConfirmedAt,
        Instant endedAt,
        PreservationEndReason endReason,
        String confirmedBy,
        Instant confirmedAt,
        Instant createdAt,
        Instant updatedAt,
        String confirmationLink,
        String notFoundLink) {

    /** {@code publicUrl}: the gateway's, without a trailing slash, from which the links are absolute. */
    static PreservationTaskView of(PreservationTaskEntity task, Instant now, String publicUrl) {
        boolean open = task.status == PreservationTaskStatus.OPEN;
        String self = publicUrl + "/api/v1/providers/" + task.provider + "/preservation-tasks/" + task.id;
        return new PreservationTaskView(task.id, task.orderId, task.orderReference, task.provider, task.dataCategory,
                task.country, task.status, task.decisionRevision, task.readScope(), task.preserveUntil,
                task.status == PreservationTaskStatus.ENDED
                        || task.preserveUntil != null && !now.isBefore(task.preserveUntil),
                task.extendedAt, task.productionRequestConfirmedAt, task.endedAt, task.endReason, task.confirmedBy,
                task.confirmedAt, task.createdAt, task.updatedAt, open ? self + "/confirmation" : null,
                open ? self + "/not-found" : null);
    }
}
