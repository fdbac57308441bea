package io.lexroute.gateway.scheduling;

import io.lexroute.gateway.StrayFileSweep;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Removes stray files from the package store every {@code lexroute.gateway.stray-file-check-interval}. Every instance
 * ticks over the shared store; removing a file another instance removed already is harmless.
 */
@ApplicationScoped
public class StrayFileScheduler {

    private final StrayFileSweep sweep;

    public StrayFileScheduler(StrayFileSweep sweep) {
        this.sweep = sweep;
    }

    /** Not while the service shuts down. The first tick comes one interval in. */
    @Scheduled(identity = "remove-stray-package-files",
            every = "${lexroute.gateway.stray-file-check-interval:1h}",
            delayed = "${lexroute.gateway.stray-file-check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeStrayFiles() {
        sweep.sweep();
    }
}
