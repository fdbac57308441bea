package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.Deadlines;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A release task as its provider (and the decision API) sees it. {@code revision}: the decision revision its scope,
 * deadline and reference come from; a provider that sends it back as {@code If-Match} with its package or not-found
 * report is told (412) when the task has changed since it read it. {@code heldUntil}: while {@code HELD}, when the
 * notified State's window ends; the task stays {@code HELD} until the hold timer releases the outcome, {@code
 * lexroute.gateway.hold-release-grace} later. {@code heldPackage}: only in the provider's own list, the package it
 * uploaded while the task is held, which the issuing authority gets when the outcome is released ({@code releasesAt}:
 * the window's end plus that grace, the earliest it is released). {@code overdue}: still open past the order's answer
 * deadline. The links, absolute, are set while the task is open.
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
        HeldPackage heldPackage,
        Instant deadline,
        boolean overdue,
        Instant createdAt,
        Instant updatedAt,
        String uploadLink,
        String notFoundLink) {

    /**
     * A package uploaded during the window, held back from the issuing authority until the outcome is released, not
     * before {@code releasesAt}.
     */
    public record HeldPackage(UUID id, String name, String contentType, long size, String sha256, Instant receivedAt,
            Instant releasesAt) {
    }

    /** {@code publicUrl}: the gateway's, without a trailing slash, from which the links are absolute. */
    static ReleaseTaskView of(ReleaseTaskEntity task, Instant now, String publicUrl) {
        return of(task, null, Duration.ZERO, now, publicUrl);
    }

    /**
     * The provider's view: {@code waiting} is the package its held task waits with, if any, released {@code
     * releaseGrace} after the window's end at the earliest.
     */
    static ReleaseTaskView of(ReleaseTaskEntity task, DataPackageEntity waiting, Duration releaseGrace, Instant now,
            String publicUrl) {
        HeldPackage held = waiting == null || task.status != ReleaseTaskStatus.HELD ? null
                : new HeldPackage(waiting.id, waiting.name, waiting.contentType, waiting.sizeBytes, waiting.sha256,
                        waiting.receivedAt, task.heldUntil.plus(releaseGrace));
        boolean open = task.status == ReleaseTaskStatus.OPEN;
        String self = publicUrl + "/api/v1/providers/" + task.provider + "/release-tasks/" + task.id;
        return new ReleaseTaskView(task.id, task.orderId, task.orderReference, task.provider, task.dataCategory,
                task.country, task.status, task.decisionRevision, task.readScope(), task.heldUntil, held, task.deadline,
                open && Deadlines.isOverdue(task.deadline, now),
                task.createdAt, task.updatedAt, open ? self + "/package" : null, open ? self + "/not-found" : null);
    }
}
