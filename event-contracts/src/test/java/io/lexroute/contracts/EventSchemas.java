package io.lexroute.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The event schemas as consumers load them (ContractSchemas), and events mapped as the runtime maps them. */
final class EventSchemas {

    static final String BASE = ContractSchemas.BASE;
    static final String COMMON = "/schemas/common.v1.schema.json";

    /**
     * The same configuration as the runtime's event mapping (kafka-outbox {@code EventJson}, which this module
     * cannot depend on): ISO-8601 dates, unknown fields tolerated, nulls written.
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private EventSchemas() {
    }

    static JsonSchema metaSchema() {
        return ContractSchemas.metaSchema();
    }

    static Set<ValidationMessage> validate(OrderTopic topic, JsonNode value) {
        return ContractSchemas.of(topic).validate(value);
    }

    /** The event as it goes on the wire (bytes), read back as a tree for inspection or mutation. */
    static JsonNode toJson(OrderEvent event) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsBytes(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema file as JSON, or null when the resource is missing. */
    static JsonNode resource(String path) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(path)) {
            return in == null ? null : MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
