package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.PreservationEndReason;
import io.lexroute.gateway.domain.PreservationPeriod;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a provider must keep, without disclosing it, for one preserved outcome, whether it confirmed it does, and what
 * the issuing authority did to the period (Regulation (EU) 2023/1543, Art. 11): each of its actions is recorded on
 * every task of the order that it applied to.
 */
@Entity
@Table(name = "preservation_task")
public class PreservationTaskEntity extends ProviderTask {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PreservationTaskStatus status;

    /** Null once the issuing authority confirmed a request for production: kept until it is served. */
    @Column(name = "preserve_until")
    public Instant preserveUntil;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "extended_by")
    public String extendedBy;

    @Column(name = "production_request_confirmed_at")
    public Instant productionRequestConfirmedAt;

    @Column(name = "production_request_confirmed_by")
    public String productionRequestConfirmedBy;

    @Column(name = "production_request_reference")
    public String productionRequestReference;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public PreservationEndReason endReason;

    /**
     * The period of the order whose tasks these are: its end (that of the running tasks, or, once none runs, the
     * latest), the authority's extension and confirmation as any task records them, and its end once no task runs
     * because the duty ended.
     */
    public static PreservationPeriod periodOf(Collection<PreservationTaskEntity> orderTasks) {
        List<PreservationTaskEntity> running = orderTasks.stream().filter(task -> task.status.isRunning()).toList();
        PreservationTaskEntity extended = first(orderTasks, task -> task.extendedAt != null);
        PreservationTaskEntity production = first(orderTasks, task -> task.productionRequestConfirmedAt != null);
        PreservationTaskEntity ended = running.isEmpty() ? orderTasks.stream()
                .filter(task -> task.status == PreservationTaskStatus.ENDED)
                .max(Comparator.comparing(task -> task.endedAt)).orElse(null) : null;
        Instant preserveUntil = production != null ? null
                : (running.isEmpty() ? orderTasks : running).stream().map(task -> task.preserveUntil)
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new PreservationPeriod(preserveUntil, !running.isEmpty(),
                extended == null ? null : extended.extendedAt, extended == null ? null : extended.extendedBy,
                production == null ? null : production.productionRequestConfirmedAt,
                production == null ? null : production.productionRequestConfirmedBy,
                production == null ? null : production.productionRequestReference,
                ended == null ? null : ended.endedAt, ended == null ? null : ended.endReason);
    }

    /**
     * The task follows its order's period: the end the decision gives it ({@code decidedEnd}) as the authority's
     * extension or confirmation changes it, and ended when the order's duty ended.
     */
    public void follow(PreservationPeriod period, Instant decidedEnd) {
        preserveUntil = period.endOf(decidedEnd);
        extendedAt = period.extendedAt();
        extendedBy = period.extendedBy();
        productionRequestConfirmedAt = period.productionRequestConfirmedAt();
        productionRequestConfirmedBy = period.productionRequestConfirmedBy();
        productionRequestReference = period.productionRequestReference();
        if (period.ended()) {
            end(period.endReason(), period.endedAt());
        }
    }

    /** The duty to preserve ended at {@code at}: the provider may stop keeping the data. */
    public void end(PreservationEndReason reason, Instant at) {
        status = PreservationTaskStatus.ENDED;
        endReason = reason;
        endedAt = at;
    }

    private static PreservationTaskEntity first(Collection<PreservationTaskEntity> tasks,
            Predicate<PreservationTaskEntity> test) {
        return tasks.stream().filter(test).findFirst().orElse(null);
    }
}
