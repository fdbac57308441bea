package io.lexroute.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every field of a JSON body that Jackson refuses, not only the first one: each is a failure with its own path (the
 * first alone is thrown as it is), up to {@link #MOST} of them. Found by {@link EveryFieldRead}, which {@link #apply}
 * installs.
 */
public class JsonTypeErrors extends JsonMappingException {

    /**
     * How many fields at fault are looked for: a body of thousands of wrong array elements would otherwise cost an
     * exception each, and an answer of megabytes. A few more may be reported when the last ones are nested.
     */
    public static final int MOST = 50;

    private final transient List<JsonProcessingException> failures;

    JsonTypeErrors(JsonParser parser, List<JsonProcessingException> failures) {
        super(parser, failures.size() + " fields of the body are refused");
        this.failures = List.copyOf(failures);
    }

    public List<JsonProcessingException> failures() {
        return failures;
    }

    /** Makes every record {@code mapper} reads at the root of a body report all its fields Jackson refuses. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        return mapper.registerModule(new SimpleModule("every-field-at-fault").setDeserializerModifier(
                new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        return description.getType().isRecordType()
                                ? new EveryFieldRead(deserializer, description.getType())
                                : deserializer;
                    }
                }));
    }

    /**
     * Reads the record at the root of a body as Jackson would, from a copy of its tokens; when Jackson refuses it,
     * reads each of its fields on its own again (the records and arrays inside it field by field and element by
     * element) to find every field at fault, then the fields that read well together, for what the record refuses
     * besides (a primitive component left out). Records nested in that root are read as usual. A field is matched to
     * the record component of the same name. The whole body is read before any field is: a body that is not JSON, or
     * beyond the parser's limits, is refused as such even where a field before the fault has the wrong type.
     */
    static final class EveryFieldRead extends DelegatingDeserializer {

        private static final Object READING_A_BODY = EveryFieldRead.class;

        private final JavaType type;

        EveryFieldRead(JsonDeserializer<?> delegate, JavaType type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new EveryFieldRead(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (context.getAttribute(READING_A_BODY) != null) {
                return super.deserialize(parser, context);
            }
            context.setAttribute(READING_A_BODY, Boolean.TRUE);
            // A copy with a root of its own: the paths of its failures start at the body, as the parser's would.
            TokenBuffer tokens = new TokenBuffer(parser.getCodec(), false);
            tokens.copyCurrentStructure(parser);
            try {
                return super.deserialize(tokens.asParserOnFirstToken(), context);
            } catch (JsonMappingException first) {
                List<JsonProcessingException> failures = new ArrayList<>();
                collect(context.readTree(tokens.asParserOnFirstToken()), type, context, failures);
                if (failures.size() <= 1) {
                    throw first;
                }
                throw new JsonTypeErrors(parser, failures);
            }
        }

        /** Adds what Jackson refuses in {@code node} read as {@code expected}: its fields' failures, else its own. */
        private static void collect(JsonNode node, JavaType expected, DeserializationContext context,
                List<JsonProcessingException> failures) throws IOException {
            if (failures.size() >= MOST) {
                return;
            }
            try {
                context.readTreeAsValue(node, expected);
                return;
            } catch (JsonProcessingException refused) {
                int before = failures.size();
                if (node.isObject() && expected.isRecordType()) {
                    ObjectNode readWell = context.getNodeFactory().objectNode();
                    for (Map.Entry<String, JsonNode> field : node.properties()) {
                        JavaType fieldType = componentType(expected, field.getKey(), context);
                        if (fieldType == null) {
                            unknownField(field.getKey(), field.getValue(), expected, context, failures);
                            continue;
                        }
                        int start = failures.size();
                        collect(field.getValue(), fieldType, context, failures);
                        for (int i = start; i < failures.size(); i++) {
                            failures.set(i, JsonMappingException.wrapWithPath(failures.get(i),
                                    expected.getRawClass(), field.getKey()));
                        }
                        if (failures.size() == start) {
                            readWell.set(field.getKey(), field.getValue());
                        }
                    }
                    if (failures.size() > before) {
                        leftOut(node, readWell, expected, context, failures);
                    }
                } else if (node.isArray() && expected.isCollectionLikeType()) {
                    for (int index = 0; index < node.size(); index++) {
                        int start = failures.size();
                        collect(node.get(index), expected.getContentType(), context, failures);
                        for (int i = start; i < failures.size(); i++) {
                            failures.set(i, JsonMappingException.wrapWithPath(failures.get(i),
                                    expected.getRawClass(), index));
                        }
                    }
                }
                if (failures.size() == before) {
                    failures.add(refused);
                }
            }
        }

        /**
         * What Jackson refuses in the record besides the fields the body gives, e.g. a primitive component left out,
         * found by reading the fields that read well on their own ({@code readWell}).
         */
        private static void leftOut(JsonNode node, JsonNode readWell, JavaType record, DeserializationContext context,
                List<JsonProcessingException> failures) throws IOException {
            try {
                context.readTreeAsValue(readWell, record);
            } catch (JsonProcessingException refused) {
                String field = refused instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                        ? mapping.getPath().get(0).getFieldName() : null;
                // A field the body gives was judged on its own: missing from readWell, it would be refused again.
                if (field == null || !node.has(field)) {
                    failures.add(refused);
                }
            }
        }

        /**
         * Jackson's own refusal of a field the record does not have. Not by reading the field alone: Jackson would
         * first refuse the record's primitive components, missing from it.
         */
        private static void unknownField(String name, JsonNode value, JavaType record, DeserializationContext context,
                List<JsonProcessingException> failures) throws IOException {
            try (JsonParser parser = value.traverse()) {
                parser.nextToken();
                context.handleUnknownProperty(parser, context.findRootValueDeserializer(record), record.getRawClass(),
                        name);
            } catch (UnrecognizedPropertyException refused) {
                failures.add(refused);
            }
        }

        private static JavaType componentType(JavaType record, String name, DeserializationContext context) {
            for (RecordComponent component : record.getRawClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return context.getTypeFactory().constructType(component.getGenericType());
                }
            }
            return null;
        }
    }
}
