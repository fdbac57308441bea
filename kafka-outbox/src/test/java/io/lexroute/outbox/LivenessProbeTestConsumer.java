package io.lexroute.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A channel that stops when it reads the value {@code lexroute.test.liveness-probe.fail-on} (set by ChannelLivenessTest
 * alone, a new value for each of its runs, so that a later start of the application reads the old record unharmed).
 */
@ApplicationScoped
public class LivenessProbeTestConsumer {

    private final Optional<String> failOn;

    public LivenessProbeTestConsumer(
            @ConfigProperty(name = "lexroute.test.liveness-probe.fail-on") Optional<String> failOn) {
        this.failOn = failOn;
    }

    @Incoming("liveness-probe")
    public void consume(String value) {
        if (failOn.isPresent() && failOn.get().equals(value)) {
            throw new IllegalStateException("the liveness probe was told to fail");
        }
    }
}
