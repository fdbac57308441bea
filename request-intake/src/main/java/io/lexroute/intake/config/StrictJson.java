package io.lexroute.intake.config;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.lexroute.contracts.StrictContractJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Reads request bodies as the contract says and nothing looser ({@link StrictContractJson}), and reports all of a
 * body's fields of the wrong type together ({@link JsonTypeErrors}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /**
     * After Quarkus's own customizer, which registers the JavaTimeModule: the deserializer registered last wins, and
     * the module's would take epoch seconds for an {@link Instant}.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        StrictContractJson.apply(mapper);
        // A body's record reports every field Jackson refuses, not only the first (JsonTypeErrors).
        mapper.registerModule(new SimpleModule("every-field-at-fault").setDeserializerModifier(
                new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        return description.getType().isRecordType()
                                ? new JsonTypeErrors.EveryFieldRead(deserializer, description.getType())
                                : deserializer;
                    }
                }));
        return mapper;
    }
}
