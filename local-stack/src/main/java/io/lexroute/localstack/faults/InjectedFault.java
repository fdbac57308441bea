package io.lexroute.localstack.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One fault as it happened: what was broken, when, and how long until it served again (a killed service ready
 * after its restart, the broker answering on every order topic); {@code error} when it did not come back.
 */
record InjectedFault(FaultTarget target, Instant injectedAt, Instant recoveredAt, Optional<String> error) {

    Duration downFor() {
        return Duration.between(injectedAt, recoveredAt);
    }

    boolean recovered() {
        return error.isEmpty();
    }
}
