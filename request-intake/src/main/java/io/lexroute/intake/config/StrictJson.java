package io.lexroute.intake.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.contracts.JsonTypeErrors;
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
        return JsonTypeErrors.apply(StrictContractJson.apply(mapper));
    }
}
