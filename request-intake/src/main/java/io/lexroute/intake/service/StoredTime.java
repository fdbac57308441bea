package io.lexroute.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as PostgreSQL keeps them (microseconds), so that an event carries exactly the time that is stored. */
final class StoredTime {

    private StoredTime() {
    }

    static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
