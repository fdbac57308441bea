package io.lexroute.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Event counts per topic, exported by Prometheus as lexroute_events_*_total{topic}. */
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

    // Kept once built: these count every record, and registering again finds the same counter only after building
    // its id and searching every registry of the composite.
    private Counter counter(String name, String description, String topic) {
        return counters.computeIfAbsent(new CounterKey(name, topic),
                key -> Counter.builder(name).description(description).tag("topic", topic).register(registry));
    }

    private record CounterKey(String name, String topic) {
    }
}
