package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.HoldState;
import io.lexroute.gateway.persistence.HoldTimerEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A hold timer: when the window of a held outcome ends, which State may object before then ({@code enforcingState};
 * absent where none may, and only a legal reviewer records an objection), and what became of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HoldView(UUID id, UUID orderId, DataCategory dataCategory, String location, String enforcingState,
        int windowHours, Instant dueAt, HoldState state, int decisionRevision, String objectedBy, String objection,
        Instant updatedAt) {

    static HoldView of(HoldTimerEntity timer) {
        return new HoldView(timer.id, timer.orderId, timer.dataCategory, timer.country, timer.enforcingState,
                timer.windowHours,
                timer.dueAt, timer.state, timer.decisionRevision, timer.objectedBy, timer.objection,
                timer.updatedAt);
    }
}
