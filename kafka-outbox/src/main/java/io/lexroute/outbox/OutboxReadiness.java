package io.lexroute.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox backlog. A backlog alone is not a fault (a burst drains in seconds), so the check only goes DOWN
 * when the relay has failed without a single success for longer than {@link #TOLERATED_FAILURE}, or its thread has
 * ended while the service runs.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    static final Duration TOLERATED_FAILURE = Duration.ofSeconds(60);

    private final OutboxRelay relay;
    private final Clock clock = Clock.systemUTC();

    public OutboxReadiness(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay");
        Optional<Instant> failingSince = relay.failingSince();
        boolean stopped = relay.stoppedWhileRunning();
        response.status(!stopped && !isStuck(failingSince, clock.instant()));
        if (stopped) {
            response.withData("relayThread", "stopped");
        }
        failingSince.ifPresent(since -> response.withData("failingSince", since.toString()));
        try {
            response.withData("backlog", relay.backlog());
        } catch (SQLException e) {
            response.withData("backlog", "unknown: " + e.getMessage());
        }
        return response.build();
    }

    static boolean isStuck(Optional<Instant> failingSince, Instant now) {
        return failingSince
                .map(since -> Duration.between(since, now).compareTo(TOLERATED_FAILURE) > 0)
                .orElse(false);
    }
}
