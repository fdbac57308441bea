package io.lexroute.benchmark.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.benchmark.report.SchemaCheckFigures;
import io.lexroute.contracts.ContractSchemas;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.outbox.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a consumer spends on each real record's value before applying it, in this JVM: reading the JSON and mapping it
 * to its event (what {@code EventRecords.parse} does with the check off), and checking it against its topic's JSON
 * Schema (what the check adds). The services run the same code with their own JIT settings, so these are the check's
 * price on this machine, not a share of a service's CPU.
 */
public final class SchemaCheckCost {

    private final Duration warmUp;
    private final Duration measure;

    public SchemaCheckCost(Duration warmUp, Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    /** Per topic with samples: the mean time to map a value and to check it, each timed on its own. */
    public Map<String, SchemaCheckFigures> measure(Map<OrderTopic, List<RecordSample>> samples) {
        Map<String, SchemaCheckFigures> figures = new LinkedHashMap<>();
        samples.forEach((topic, records) -> {
            List<byte[]> values = records.stream().map(RecordSample::value).filter(v -> v != null).toList();
            if (values.isEmpty()) {
                return;
            }
            loop(topic, values, warmUp, true);
            loop(topic, values, warmUp, false);
            double mapMicros = loop(topic, values, measure, false);
            double checkMicros = loop(topic, values, measure, true) - mapMicros;
            double meanBytes = values.stream().mapToInt(v -> v.length).average().orElse(0);
            figures.put(topic.topic(), new SchemaCheckFigures(values.size(), meanBytes, mapMicros,
                    Math.max(0, checkMicros)));
        });
        return figures;
    }

    /** Mean microseconds per value of reading and mapping it, and checking it first when {@code check}. */
    private static double loop(OrderTopic topic, List<byte[]> values, Duration duration, boolean check) {
        ObjectMapper mapper = EventJson.mapper();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        long count = 0;
        int violations = 0;
        try {
            while (System.nanoTime() < end) {
                for (byte[] value : values) {
                    JsonNode tree = mapper.readTree(value);
                    if (check) {
                        violations += ContractSchemas.violations(topic, tree).size();
                    }
                    mapper.treeToValue(tree, topic.eventClass());
                    count++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a real " + topic.topic() + " record is no JSON", e);
        }
        if (violations > 0) {
            throw new IllegalStateException(violations + " schema violations in real " + topic.topic() + " records");
        }
        return (System.nanoTime() - started) / 1_000.0 / count;
    }
}
