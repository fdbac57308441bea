package io.lexroute.gateway.scheduling;

import io.lexroute.gateway.HoldService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks for holds whose window ended at least {@code lexroute.gateway.hold-release-grace} ago, every {@code
 * lexroute.gateway.hold-check-interval}. Every instance ticks; the database decides which instance releases which
 * hold.
 */
@ApplicationScoped
public class HoldTimerScheduler {

    private final HoldService holds;

    public HoldTimerScheduler(HoldService holds) {
        this.holds = holds;
    }

    /** Not while the service shuts down: the database is going away, and the next instance releases what is due. */
    @Scheduled(identity = "release-due-holds", every = "${lexroute.gateway.hold-check-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseDueHolds() {
        holds.releaseDueHolds();
    }
}
