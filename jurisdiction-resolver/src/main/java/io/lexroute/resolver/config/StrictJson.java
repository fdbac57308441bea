package io.lexroute.resolver.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads the API's request bodies (the dry-run's order) as strictly as request-intake reads an order: no unknown fields
 * (a misspelt {@code emergncy} is not ignored), no duplicate keys, no trailing content, no numbers for enums, no null
 * for a boolean, and no conversions between JSON types ({@code "true"} is not a boolean, {@code 20000} or
 * {@code [2026, 9, 1]} is not a date). Only Quarkus's mapper, the API's, is changed: events and stored orders are read
 * by kafka-outbox's {@code EventJson}, the rulebook by its loader.
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
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.registerModule(new SimpleModule("strict-dates-and-instants")
                .addDeserializer(LocalDate.class,
                        new TextOnly<>(LocalDate.class, LocalDate::parse, "not a date such as 2026-09-01"))
                .addDeserializer(Instant.class, new TextOnly<>(Instant.class,
                        text -> OffsetDateTime.parse(text).toInstant(), "not an RFC 3339 date-time")));
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.Object, CoercionInputShape.Array);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Collection, CoercionInputShape.EmptyString, CoercionInputShape.String);
        refuse(mapper, LogicalType.POJO, CoercionInputShape.EmptyString, CoercionInputShape.String);
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A date or time as ISO-8601 text only: Jackson's own also take epoch numbers, arrays, and trim the text. */
    static final class TextOnly<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;
        private final String expected;

        TextOnly(Class<T> type, Function<String, T> parse, String expected) {
            super(type);
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, expected);
            }
        }
    }
}
