package io.lexroute.contracts;

import static io.lexroute.contracts.EventSchemas.BASE;
import static io.lexroute.contracts.EventSchemas.COMMON;
import static io.lexroute.contracts.EventSchemas.resource;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema files exist for every topic, are valid draft 2020-12, and stay in step with the Java contracts. */
class SchemaCatalogTest {

    private static final String REF_PREFIX = "common.v1.schema.json#/$defs/";

    /** The shared definition of each record. */
    private static final Map<String, Class<?>> RECORD_DEFS = Map.ofEntries(
            entry("order", Order.class),
            entry("issuingAuthority", Order.IssuingAuthority.class),
            entry("validation", Order.Validation.class),
            entry("target", Order.Target.class),
            entry("timeRange", Order.TimeRange.class),
            entry("offence", Order.Offence.class),
            entry("subject", Order.Subject.class),
            entry("ground", Ground.class),
            entry("assessment", Assessment.class),
            entry("categoryAssessment", Assessment.CategoryAssessment.class),
            entry("redirect", Assessment.Redirect.class),
            entry("conflict", Assessment.Conflict.class),
            entry("hold", Assessment.Hold.class),
            entry("preservation", Assessment.Preservation.class),
            entry("firedRule", Assessment.FiredRule.class),
            entry("storageLocation", StorageLocation.class),
            entry("euAddressee", EuAddressee.class),
            entry("decision", Decision.class),
            entry("categoryOutcome", Decision.CategoryOutcome.class));

    /** The shared definition of each enum. */
    private static final Map<String, Class<?>> ENUM_DEFS = Map.ofEntries(
            entry("authorityType", AuthorityType.class),
            entry("instrument", Instrument.class),
            entry("targetType", TargetType.class),
            entry("dataCategory", DataCategory.class),
            entry("offenceCategory", OffenceCategory.class),
            entry("orderStatus", OrderStatus.class),
            entry("outcome", Outcome.class),
            entry("disposition", Assessment.Disposition.class),
            entry("territorialDoctrine", Assessment.TerritorialDoctrine.class),
            entry("storageRole", StorageLocation.Role.class),
            entry("euAddresseeKind", EuAddressee.Kind.class));

    /** The shared definition of each scalar that Jackson writes as a formatted string. */
    private static final Map<String, Class<?>> SCALAR_DEFS = Map.of(
            "orderId", UUID.class,
            "timestamp", Instant.class,
            "date", LocalDate.class);

    private static final Set<String> CONSTRAINT_DEFS = Set.of("countryCode", "int32");

    @ParameterizedTest
    @EnumSource(OrderTopic.class)
    void everyTopicHasItsSchemaOnTheClasspath(OrderTopic topic) {
        JsonNode schema = resource(topic.schemaResource());

        assertThat(schema).as(topic.schemaResource()).isNotNull();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText())
                .isEqualTo(BASE + topic.schemaResource().substring("/schemas/".length()));
        assertThat(schema.path("title").asText()).startsWith(topic.topic() + " ");
        assertThat(schema.path("description").asText()).contains(topic.eventType());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        COMMON,
        "/schemas/order.received.v1.schema.json",
        "/schemas/order.assessed.v1.schema.json",
        "/schemas/order.located.v1.schema.json",
        "/schemas/order.decided.v1.schema.json",
        "/schemas/order.closed.v1.schema.json",
        "/schemas/order.package-received.v1.schema.json",
        "/schemas/order.deadline-passed.v1.schema.json"
    })
    void everySchemaIsValidDraft202012(String path) {
        assertThat(EventSchemas.metaSchema().validate(resource(path))).isEmpty();
    }

    @Test
    void commonSchemaHasItsId() {
        assertThat(resource(COMMON).path("$id").asText()).isEqualTo(BASE + "common.v1.schema.json");
    }

    @ParameterizedTest
    @EnumSource(OrderTopic.class)
    void eventSchemasOnlyReferToCommonDefinitions(OrderTopic topic) {
        JsonNode schema = resource(topic.schemaResource());
        Set<String> defs = fieldNames(resource(COMMON).path("$defs"));

        assertThat(schema.has("$defs")).as("event schemas define nothing of their own").isFalse();
        assertThat(refs(schema)).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith(REF_PREFIX);
            assertThat(defs).contains(ref.substring(REF_PREFIX.length()));
        });
    }

    @Test
    void commonDefinitionsOnlyReferToThemselves() {
        JsonNode common = resource(COMMON);
        Set<String> defs = fieldNames(common.path("$defs"));

        assertThat(refs(common)).allSatisfy(ref -> {
            assertThat(ref).startsWith("#/$defs/");
            assertThat(defs).contains(ref.substring("#/$defs/".length()));
        });
    }

    @Test
    void everyRecordAndEnumOfTheEventsHasItsOwnDefinition() {
        Set<Class<?>> records = new LinkedHashSet<>();
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (OrderTopic topic : OrderTopic.values()) {
            for (RecordComponent component : topic.eventClass().getRecordComponents()) {
                collect(component.getGenericType(), records, enums);
            }
        }

        assertThat(RECORD_DEFS.values()).containsExactlyInAnyOrderElementsOf(records);
        assertThat(ENUM_DEFS.values()).containsExactlyInAnyOrderElementsOf(enums);
        Set<String> expectedDefs = new HashSet<>(CONSTRAINT_DEFS);
        expectedDefs.addAll(RECORD_DEFS.keySet());
        expectedDefs.addAll(ENUM_DEFS.keySet());
        expectedDefs.addAll(SCALAR_DEFS.keySet());
        assertThat(fieldNames(resource(COMMON).path("$defs"))).containsExactlyInAnyOrderElementsOf(expectedDefs);
    }

    @Test
    void enumDefinitionsListExactlyTheJavaConstants() {
        JsonNode defs = resource(COMMON).path("$defs");
        ENUM_DEFS.forEach((def, type) -> {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> listed = StreamSupport.stream(defs.path(def).path("enum").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
            assertThat(listed).as(def).containsExactlyElementsOf(names);
        });
    }

    @ParameterizedTest
    @EnumSource(OrderTopic.class)
    void eventSchemasDescribeEveryRecordComponent(OrderTopic topic) {
        assertDescribes(resource(topic.schemaResource()), topic.eventClass(), REF_PREFIX);
        assertThat(texts(resource(topic.schemaResource()).path("required"))).contains("orderId");
    }

    @Test
    void commonDefinitionsDescribeEveryRecordComponent() {
        JsonNode defs = resource(COMMON).path("$defs");
        RECORD_DEFS.forEach((def, type) -> assertDescribes(defs.path(def), type, "#/$defs/"));
    }

    @Test
    void noSchemaForbidsAdditionalProperties() {
        Stream.concat(Stream.of(COMMON), Arrays.stream(OrderTopic.values()).map(OrderTopic::schemaResource))
                .forEach(path -> assertThat(nodes(resource(path)))
                        .as(path)
                        .noneMatch(node -> node.path("additionalProperties").isBoolean()
                                && !node.path("additionalProperties").asBoolean())
                        .noneMatch(node -> node.path("unevaluatedProperties").isBoolean()
                                && !node.path("unevaluatedProperties").asBoolean()));
    }

    /**
     * The object schema lists exactly the record's components; its required ones are among them and include every
     * primitive; a component of a record, enum or formatted scalar type points at that type's definition.
     */
    private static void assertDescribes(JsonNode schema, Class<?> type, String refPrefix) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        JsonNode properties = schema.path("properties");

        assertThat(schema.path("type").asText()).as(type.getName()).isEqualTo("object");
        assertThat(fieldNames(properties)).as(type.getName()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(texts(schema.path("required"))).as(type.getName()).isSubsetOf(names);
        for (RecordComponent component : components) {
            String where = type.getSimpleName() + "." + component.getName();
            if (component.getType().isPrimitive()) {
                assertThat(texts(schema.path("required"))).as(where + " is primitive").contains(component.getName());
            }
            String def = defOf(elementType(component.getGenericType()));
            if (def != null) {
                assertThat(refs(properties.path(component.getName()))).as(where).contains(refPrefix + def);
            }
        }
    }

    private static String defOf(Class<?> type) {
        return Stream.of(RECORD_DEFS, ENUM_DEFS, SCALAR_DEFS)
                .flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getValue().equals(type))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** {@code List<X>} is X; anything else is its own class. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return elementType(parameterized.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    private static void collect(Type type, Set<Class<?>> records, Set<Class<?>> enums) {
        Class<?> c = elementType(type);
        if (c.isEnum()) {
            enums.add(c);
        } else if (c.isRecord() && records.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), records, enums);
            }
        }
    }

    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        collectNodes(root, all);
        return all;
    }

    private static void collectNodes(JsonNode node, List<JsonNode> all) {
        all.add(node);
        node.forEach(child -> collectNodes(child, all));
    }

    private static List<String> refs(JsonNode root) {
        return nodes(root).stream()
                .filter(JsonNode::isObject)
                .filter(n -> n.has("$ref"))
                .map(n -> n.get("$ref").asText())
                .toList();
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
