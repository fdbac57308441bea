package io.lexroute.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while a dead letter cannot be sent: {@link DeadLetters} retries it until Kafka takes it (a missing
 * {@code <topic>.dlq}, a broker that is away), and its consumer handles nothing meanwhile. {@code data.failure} says
 * which record, where to and why, {@code data.failingSince} since when; UP again once it is sent.
 */
@Readiness
@ApplicationScoped
public class DeadLetterReadiness implements HealthCheck {

    private final DeadLetters deadLetters;

    public DeadLetterReadiness(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Dead letters");
        List<DeadLetters.Failure> failures = deadLetters.failures();
        response.status(failures.isEmpty());
        if (!failures.isEmpty()) {
            DeadLetters.Failure oldest = failures.get(0);
            response.withData("failing", failures.size());
            response.withData("failingSince", oldest.since().toString());
            response.withData("failure", oldest.record() + " to " + oldest.deadLetterTopic() + ": " + oldest.cause());
        }
        return response.build();
    }
}
