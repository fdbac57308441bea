package io.lexroute.outbox;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts the entries of the messaging liveness report that are not alive, for the gauge
 * lexroute_messaging_liveness_failures. A consumer channel with {@code failure-strategy=fail} that meets an exception
 * escaping its handler stops for good: it fetches nothing more until the service restarts, so neither its lag (no
 * fetch, no lag reported) nor the poll age (no poll) shows it. /q/health/live names the channel; Prometheus cannot read
 * that, so this number is what the alert watches.
 */
@ApplicationScoped
public class ChannelLiveness {

    private final HealthCenter health;
    private final OutboxMetrics metrics;

    public ChannelLiveness(HealthCenter health, OutboxMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        metrics.livenessFailures(this::failures);
    }

    /** Channels (and failures reported by the messaging runtime) that are not alive now. */
    double failures() {
        HealthReport liveness = health.getLiveness();
        return liveness.getChannels().stream().filter(channel -> !channel.isOk()).count();
    }
}
