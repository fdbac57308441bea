package io.lexroute.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Loads the event schemas from the classpath the way a consumer would, and maps events like the runtime does. */
final class EventSchemas {

    /** Base of every schema's {@code $id}; the files live under {@code /schemas/} on the classpath. */
    static final String BASE = "https://lexroute.io/schemas/";
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

    /** {@code https://lexroute.io/schemas/x} resolves to classpath {@code /schemas/x}: no network. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));

    /** In draft 2020-12 {@code format} only annotates by default; the contract means it, so assert it. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private EventSchemas() {
    }

    static JsonSchema schema(OrderTopic topic) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:" + topic.schemaResource().substring(1)), CONFIG);
    }

    /** The draft 2020-12 meta-schema (bundled with the validator). */
    static JsonSchema metaSchema() {
        return FACTORY.getSchema(SchemaLocation.of(SpecVersion.VersionFlag.V202012.getId()), CONFIG);
    }

    static Set<ValidationMessage> validate(OrderTopic topic, JsonNode value) {
        return schema(topic).validate(value);
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
