package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.PreservationPeriod;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order's preservation as its issuing authority (and staff) sees it (Regulation (EU) 2023/1543, Art. 11): the
 * period, its fields inline ({@code preserveUntil}, null once a request for production is confirmed: the data is then
 * kept until that request is served; what the authority did to it; its end, once no task runs), and what became of
 * each task. Nothing of the data, nor the provider's scope, is shown.
 */
public record PreservationView(UUID orderId, @JsonUnwrapped PreservationPeriod period, List<Task> tasks) {

    /** One preserved category and storage country, and whether the provider confirmed that it keeps the data. */
    public record Task(DataCategory dataCategory, String location, PreservationTaskStatus status,
            Instant preserveUntil, Instant confirmedAt, Instant endedAt) {
    }

    static PreservationView of(UUID orderId, List<PreservationTaskEntity> orderTasks) {
        return new PreservationView(orderId, PreservationTaskEntity.periodOf(orderTasks),
                orderTasks.stream().map(task -> new Task(task.dataCategory, task.country, task.status,
                        task.preserveUntil, task.confirmedAt, task.endedAt)).toList());
    }
}
