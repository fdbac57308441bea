package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A preservation task as its provider (and the decision API) sees it: what to keep, without disclosing it, until
 * {@code preserveUntil}. {@code revision}: the decision revision its scope, end and reference come from, for
 * {@code If-Match}. {@code periodEnded}: {@code preserveUntil} has passed; an extension by the issuing authority, or
 * its confirmation that a request for production follows, would keep the duty alive, and LexRoute records neither.
 * The links, absolute, are set while the task is open.
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
                !now.isBefore(task.preserveUntil), task.confirmedBy, task.confirmedAt, task.createdAt,
                task.updatedAt, open ? self + "/confirmation" : null, open ? self + "/not-found" : null);
    }
}
