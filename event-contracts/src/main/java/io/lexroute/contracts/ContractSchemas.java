package io.lexroute.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of each order topic, read from this module's {@code /schemas/} (never from the network), and the
 * check of an event value against it.
 */
public final class ContractSchemas {

    /** Base of every schema's {@code $id}; the files live under {@code /schemas/} on the classpath. */
    public static final String BASE = "https://lexroute.io/schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));

    /** In draft 2020-12 {@code format} only annotates by default; the contract means it, so assert it. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static final Map<OrderTopic, JsonSchema> SCHEMAS = new EnumMap<>(OrderTopic.class);

    private ContractSchemas() {
    }

    /** The schema of {@code topic}'s values, loaded once. */
    public static synchronized JsonSchema of(OrderTopic topic) {
        return SCHEMAS.computeIfAbsent(topic, t -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + t.schemaResource().substring(1)),
                    CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    /** The draft 2020-12 meta-schema (bundled with the validator), which every schema file must satisfy. */
    public static JsonSchema metaSchema() {
        return FACTORY.getSchema(SchemaLocation.of(SpecVersion.VersionFlag.V202012.getId()), CONFIG);
    }

    /** What makes {@code value} no event of {@code topic}, one message per fault; empty when it is one. */
    public static List<String> violations(OrderTopic topic, JsonNode value) {
        return of(topic).validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
