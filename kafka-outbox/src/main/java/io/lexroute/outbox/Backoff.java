package io.lexroute.outbox;

import java.time.Duration;

/** Waits between attempts at something that failed, twice as long each time, up to five seconds. */
final class Backoff {

    private static final Duration MAX = Duration.ofSeconds(5);

    private final Duration first;
    private Duration next;

    Backoff(Duration first) {
        this.first = first;
        this.next = first;
    }

    /** How long the next {@link #pause()} waits. */
    Duration next() {
        return next;
    }

    /** Sleeps for {@link #next()}, then doubles it; an interrupt ends the wait and is kept on the thread. */
    void pause() {
        try {
            Thread.sleep(next.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(MAX) > 0 ? MAX : doubled;
    }

    /** After a success: the next failure waits the first delay again. */
    void reset() {
        next = first;
    }
}
