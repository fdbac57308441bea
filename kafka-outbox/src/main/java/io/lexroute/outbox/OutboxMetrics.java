package io.lexroute.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Event counts per topic, exported by Prometheus as lexroute_events_*_total{topic}, and the gauges of the inbox and of
 * the messaging channels.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String topic, int count) {
        counter("lexroute.events.published", "Order events the outbox relay handed to Kafka", topic).increment(count);
    }

    public void consumed(String topic) {
        counter("lexroute.events.consumed", "Order events this service consumed", topic).increment();
    }

    public void deadLettered(String topic) {
        counter("lexroute.events.dead.lettered", "Consumed records rejected towards the dead-letter topic", topic)
                .increment();
    }

    /**
     * lexroute_inbox_oldest_poll_age_seconds: how long the oldest poll being applied has been at it, 0 when none is.
     * Polls take milliseconds; one that takes minutes is a consumer waiting (for its database, say) while its topic's
     * records queue up, which the consumers' own lag cannot show, as a waiting consumer fetches nothing.
     */
    public void oldestPollAge(DoubleSupplier seconds) {
        TimeGauge.builder("lexroute.inbox.oldest.poll.age", seconds, TimeUnit.SECONDS, DoubleSupplier::getAsDouble)
                .description("How long the oldest poll being applied has been at it")
                .strongReference(true)
                .register(registry);
    }

    /** lexroute_messaging_liveness_failures: the messaging channels that have stopped (see {@link ChannelLiveness}). */
    public void livenessFailures(DoubleSupplier failures) {
        Gauge.builder("lexroute.messaging.liveness.failures", failures, DoubleSupplier::getAsDouble)
                .description("Messaging channels of this service that have stopped, until it restarts")
                .strongReference(true)
                .register(registry);
    }

    // Kept once built: these count every record, and registering again finds the same counter only after building
    // its id and searching every registry of the composite.
    private Counter counter(String name, String description, String topic) {
        return counters.computeIfAbsent(new CounterKey(name, topic),
                key -> Counter.builder(name).description(description).tag("topic", topic).register(registry));
    }

    private record CounterKey(String name, String topic) {
    }
}
