package io.lexroute.gateway.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a task stands in its provider's task lists, which are ordered by creation, then id (tasks opened by one
 * revision share its instant): a page of a list can start right after the last task of the page before.
 */
public record TaskSortKey(Instant createdAt, UUID id) {

    public TaskSortKey {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
