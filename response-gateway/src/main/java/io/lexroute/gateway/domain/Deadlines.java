package io.lexroute.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Answer deadlines and hold windows. */
public final class Deadlines {

    private Deadlines() {
    }

    /** Past the deadline; an order or task without a deadline is never overdue. */
    public static boolean isOverdue(Instant deadline, Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    /**
     * When a hold ends: at {@code endsAt}, the end the resolver counted from the order's receipt; where an older
     * resolver gave none, the time the outcome was put on hold plus the window.
     */
    public static Instant holdDueAt(Instant endsAt, Instant heldAt, int windowHours) {
        if (windowHours < 0) {
            throw new IllegalArgumentException("a hold window cannot be negative: " + windowHours);
        }
        return asStored(endsAt != null ? endsAt : heldAt.plus(Duration.ofHours(windowHours)));
    }

    /**
     * The time as a timestamptz column keeps it, to the microsecond, rounded half up as the JDBC driver writes it: a
     * time from an event (which may carry nanoseconds) compares equal to the stored one only once rounded so.
     */
    public static Instant asStored(Instant time) {
        return time == null ? null : time.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
