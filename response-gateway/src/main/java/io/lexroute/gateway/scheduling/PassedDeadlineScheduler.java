package io.lexroute.gateway.scheduling;

import io.lexroute.gateway.PassedDeadlineService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks for release tasks whose answer deadline passed before their package arrived, every
 * {@code lexroute.gateway.deadline-check-interval}. Every instance ticks; the order's lock and the rows' locks decide
 * which instance tells which task.
 */
@ApplicationScoped
public class PassedDeadlineScheduler {

    private final PassedDeadlineService deadlines;

    public PassedDeadlineScheduler(PassedDeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * Not while the service shuts down: the database is going away, and the next instance tells what is due. The
     * first tick comes one interval after the start, not at it (the tests rely on that to keep it out of their way).
     */
    @Scheduled(identity = "tell-passed-deadlines",
            every = "${lexroute.gateway.deadline-check-interval:1m}",
            delayed = "${lexroute.gateway.deadline-check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tellPassedDeadlines() {
        deadlines.tellPassedDeadlines();
    }
}
