package io.lexroute.resolver.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.contracts.JsonTypeErrors;
import io.lexroute.contracts.StrictContractJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads the API's request bodies (the dry-run's order) as strictly as request-intake reads an order
 * ({@link StrictContractJson}): a misspelt {@code emergncy} is not ignored, {@code 20000} is not a date; and, as
 * request-intake does, reports every field at fault together ({@link JsonTypeErrors}). Only Quarkus's mapper, the
 * API's, is changed: events and stored orders are read by kafka-outbox's {@code EventJson}, the rulebook by its loader.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus's own customizer, whose JavaTimeModule would otherwise replace the date deserializers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        JsonTypeErrors.apply(StrictContractJson.apply(mapper));
    }
}
