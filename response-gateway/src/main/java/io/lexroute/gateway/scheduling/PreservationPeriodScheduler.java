package io.lexroute.gateway.scheduling;

import io.lexroute.gateway.PreservationPeriodService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks for preservations whose period has passed, every {@code lexroute.gateway.preservation-check-interval}. Every
 * instance ticks; the order's lock and the rows' locks decide which instance ends which task.
 */
@ApplicationScoped
public class PreservationPeriodScheduler {

    private final PreservationPeriodService periods;

    public PreservationPeriodScheduler(PreservationPeriodService periods) {
        this.periods = periods;
    }

    /** Not while the service shuts down: the database is going away, and the next instance ends what is due. */
    @Scheduled(identity = "end-elapsed-preservations",
            every = "${lexroute.gateway.preservation-check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void endElapsedPeriods() {
        periods.endElapsedPeriods();
    }
}
