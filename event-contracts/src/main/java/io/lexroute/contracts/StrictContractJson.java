package io.lexroute.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * How an API reads an order (or any body of the contract's types) as the contract says and nothing looser: no unknown
 * fields, no duplicate keys, no trailing content, no numbers for enums, no null for a primitive, and no conversions
 * between JSON types ({@code "true"} is not a boolean, {@code 12} is not a string, {@code "12"} is not a number,
 * {@code 20000} or {@code [2017, 12, 1]} is not a date). Events are not read this way: consumers ignore fields they do
 * not know, so that producers may add optional ones.
 */
public final class StrictContractJson {

    private StrictContractJson() {
    }

    /**
     * Makes {@code mapper} strict. Apply it after any JavaTimeModule is registered: the deserializer registered last
     * wins, and the module's would take epoch seconds for an {@link Instant}.
     */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.registerModule(new SimpleModule("strict-dates-and-instants")
                .addDeserializer(LocalDate.class,
                        new TextOnly<>(LocalDate.class, LocalDate::parse, "not a date such as 2017-12-01"))
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
        return mapper;
    }

    /** The field a mapping failure is about, e.g. {@code offence.categories[0]}; empty for the body itself. */
    public static String fieldOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The field the parser was reading when the text stopped being JSON (e.g. a key given twice), in the form of
     * {@link #fieldOf}; empty when it was at the body's top level or the failure comes from no parser.
     */
    public static String fieldBeingParsed(JsonProcessingException failure) {
        if (!(failure.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                segments.push("." + context.getCurrentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                segments.push("[" + context.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * A date or time written as text in one form only: Jackson's own deserializers also take {@code [2017, 12, 1]}
     * for a date, epoch seconds for an instant, and trim the text.
     */
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
