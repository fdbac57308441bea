package io.lexroute.gateway.scheduling;

import io.lexroute.gateway.DiscardedBytesService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes the bytes of discarded packages that are still kept (the delete right after the discard failed, or the
 * service stopped before it ran), every {@code lexroute.gateway.discarded-bytes-check-interval}. Every instance ticks;
 * deleting a file twice is harmless (a file already gone counts as deleted) and the row keeps the first time recorded.
 */
@ApplicationScoped
public class DiscardedBytesScheduler {

    private final DiscardedBytesService discardedBytes;

    public DiscardedBytesScheduler(DiscardedBytesService discardedBytes) {
        this.discardedBytes = discardedBytes;
    }

    /** Not while the service shuts down: the next start deletes what is left. The first tick comes one interval in. */
    @Scheduled(identity = "delete-discarded-bytes",
            every = "${lexroute.gateway.discarded-bytes-check-interval:10m}",
            delayed = "${lexroute.gateway.discarded-bytes-check-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deleteKeptBytes() {
        discardedBytes.deleteKeptBytes();
    }
}
