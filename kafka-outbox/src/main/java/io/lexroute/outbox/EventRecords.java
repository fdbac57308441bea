package io.lexroute.outbox;

import static io.lexroute.contracts.CloudEventHeaders.CONTENT_TYPE;
import static io.lexroute.contracts.CloudEventHeaders.ID;
import static io.lexroute.contracts.CloudEventHeaders.JSON;
import static io.lexroute.contracts.CloudEventHeaders.SOURCE;
import static io.lexroute.contracts.CloudEventHeaders.SPEC_VERSION;
import static io.lexroute.contracts.CloudEventHeaders.SPEC_VERSION_1_0;
import static io.lexroute.contracts.CloudEventHeaders.SUBJECT;
import static io.lexroute.contracts.CloudEventHeaders.TIME;
import static io.lexroute.contracts.CloudEventHeaders.TRACEPARENT;
import static io.lexroute.contracts.CloudEventHeaders.TYPE;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.contracts.ContractSchemas;
import io.lexroute.contracts.OrderEvent;
import io.lexroute.contracts.OrderTopic;
import io.opentelemetry.api.trace.Span;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.ConfigProvider;

/** Maps order events to and from Kafka records in CloudEvents 1.0 binary mode. */
public final class EventRecords {

    private EventRecords() {
    }

    /** A record for {@code event} as the outbox relay sends it; tests use it to play a producer. */
    public static ProducerRecord<String, byte[]> toRecord(OrderEvent event, String source) {
        String traceparent = TraceParent.of(Span.current().getSpanContext()).orElseGet(TraceParent::newRoot);
        return toRecord(OutboxEntry.of(event, source, Instant.now(), traceparent));
    }

    static ProducerRecord<String, byte[]> toRecord(OutboxEntry entry) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
        Headers headers = record.headers();
        add(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        add(headers, ID, entry.eventId().toString());
        add(headers, TYPE, entry.eventType());
        add(headers, SOURCE, entry.source());
        add(headers, SUBJECT, entry.key());
        add(headers, TIME, entry.occurredAt().toString());
        add(headers, CONTENT_TYPE, JSON);
        add(headers, TRACEPARENT, entry.traceparent());
        return record;
    }

    /** Reads an order event; anything that is not one is a {@link PoisonRecordException}. */
    public static ReceivedEvent parse(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String id = required(headers, ID);
        String type = required(headers, TYPE);
        OrderTopic topic = OrderTopic.byEventType(type)
                .orElseThrow(() -> new PoisonRecordException("unknown event type " + type));
        if (!topic.topic().equals(record.topic())) {
            throw new PoisonRecordException(type + " " + id + " does not belong on " + record.topic());
        }
        if (record.value() == null) {
            throw new PoisonRecordException("record " + id + " has no value");
        }
        OrderEvent event;
        try {
            JsonNode value = EventJson.mapper().readTree(record.value());
            if (SchemaChecks.ENABLED) {
                List<String> violations = ContractSchemas.violations(topic, value);
                if (!violations.isEmpty()) {
                    throw new PoisonRecordException("value of " + type + " " + id + " does not match "
                            + topic.schemaResource() + ": " + String.join("; ", violations));
                }
            }
            event = EventJson.mapper().treeToValue(value, topic.eventClass());
        } catch (IOException e) {
            throw new PoisonRecordException("value of " + type + " " + id + " is not valid JSON for it: "
                    + e.getMessage(), e);
        }
        if (event == null || event.orderId() == null) {
            throw new PoisonRecordException(type + " " + id + " carries no orderId");
        }
        if (record.key() != null && !record.key().equals(event.orderId().toString())) {
            throw new PoisonRecordException("record key " + record.key() + " is not the order id " + event.orderId());
        }
        return new ReceivedEvent(id, topic, optional(headers, SOURCE), time(headers), optional(headers, TRACEPARENT),
                event);
    }

    /**
     * {@code lexroute.outbox.validate-event-schemas} ({@link OutboxConfig#validateEventSchemas()}): whether each value
     * is checked against its topic's JSON Schema before it is mapped. Read once.
     */
    private static final class SchemaChecks {
        static final boolean ENABLED = ConfigProvider.getConfig()
                .getOptionalValue("lexroute.outbox.validate-event-schemas", Boolean.class)
                .orElse(Boolean.parseBoolean(OutboxConfig.VALIDATE_EVENT_SCHEMAS_DEFAULT));
    }

    private static Instant time(Headers headers) {
        String value = optional(headers, TIME);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException("header " + TIME + " is not an RFC 3339 time: " + value);
        }
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonRecordException("missing header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(UTF_8));
    }

    /** Event id of a record as written by {@link #toRecord}. */
    public static UUID eventId(ConsumerRecord<String, byte[]> record) {
        return UUID.fromString(required(record.headers(), ID));
    }
}
