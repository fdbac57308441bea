package io.lexroute.benchmark.load;

import io.lexroute.benchmark.kafka.TopicWatcher;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Accepted orders a run stopped waiting for. They are still in the pipeline, so the next run waits for them first
 * (within a bound): otherwise it would measure its own orders queued behind them.
 */
public final class Backlog {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Set<String> undecided = new HashSet<>();

    synchronized void addAll(Collection<String> orderIds) {
        undecided.addAll(orderIds);
    }

    /** Waits until every order left behind is decided or {@code timeout} is over; returns how many are left. */
    public int awaitDecided(TopicWatcher watcher, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (this) {
                undecided.removeIf(watcher::decided);
                if (undecided.isEmpty() || System.nanoTime() > deadline) {
                    return undecided.size();
                }
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
