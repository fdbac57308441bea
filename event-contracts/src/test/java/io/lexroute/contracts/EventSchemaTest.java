package io.lexroute.contracts;

import static io.lexroute.contracts.EventSchemas.MAPPER;
import static io.lexroute.contracts.EventSchemas.toJson;
import static io.lexroute.contracts.EventSchemas.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each event, serialized as the runtime does, matches its topic's schema; broken values do not. */
class EventSchemaTest {

    static Stream<Named<OrderEvent>> samples() {
        return EventSamples.all();
    }

    /** The first sample of each topic, in topic order. */
    static Stream<Named<OrderEvent>> oneSamplePerTopic() {
        Map<OrderTopic, OrderEvent> first = new EnumMap<>(OrderTopic.class);
        EventSamples.all().map(Named::getPayload).forEach(event -> first.putIfAbsent(OrderTopic.of(event), event));
        return first.values().stream().map(e -> Named.of(OrderTopic.of(e).topic(), e));
    }

    @Test
    void everyTopicHasASample() {
        assertThat(oneSamplePerTopic().map(Named::getName)).containsExactly(
                Arrays.stream(OrderTopic.values()).map(OrderTopic::topic).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serializedEventMatchesItsSchema(OrderEvent event) {
        assertThat(validate(OrderTopic.of(event), toJson(event))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nullMembersMayAlsoBeLeftOut(OrderEvent event) throws Exception {
        ObjectMapper nonNull = MAPPER.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        JsonNode json = nonNull.readTree(nonNull.writeValueAsBytes(event));

        assertThat(validate(OrderTopic.of(event), json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneSamplePerTopic")
    void unknownFieldsAreAllowedForForwardCompatibility(OrderEvent event) throws Exception {
        ObjectNode json = (ObjectNode) toJson(event);
        json.put("addedInAMinorRelease", "ignored by older consumers");
        json.withObject("/extension").put("nested", true);
        if (json.has("order")) {
            json.withObject("/order").put("portalChannel", "ETSI-HI1");
        }

        assertThat(validate(OrderTopic.of(event), json)).isEmpty();
        assertThat(MAPPER.treeToValue(json, OrderTopic.of(event).eventClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneSamplePerTopic")
    void missingOrderIdIsRejected(OrderEvent event) {
        assertRejected(event, json -> ((ObjectNode) json).remove("orderId"), "orderId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneSamplePerTopic")
    void orderIdMustBeAUuid(OrderEvent event) {
        assertRejected(event, json -> ((ObjectNode) json).put("orderId", "SDNY-2016-W-17"), "/orderId");
        assertRejected(event, json -> ((ObjectNode) json).putNull("orderId"), "/orderId");
    }

    @Test
    void unknownEnumValuesAreRejected() {
        List<OrderEvent> events = EventSamples.microsoft2016();
        assertRejected(events.get(0), set("/order", "instrument", "SEARCH_WARRANT"), "/order/instrument");
        assertRejected(events.get(0), set("/order/dataCategories", 0, "EMAIL_CONTENT"), "/order/dataCategories/0");
        assertRejected(events.get(0), set("/order/issuingAuthority", "type", "judge"),
                "/order/issuingAuthority/type");
        assertRejected(events.get(2), set("/assessment/categories/0", "disposition", "MAYBE"),
                "/assessment/categories/0/disposition");
        assertRejected(events.get(2), set("/locations/0", "role", "BACKUP"), "/locations/0/role");
        assertRejected(events.get(3), set("", "status", "DONE"), "/status");
        assertRejected(events.get(3), set("/decision/outcomes/2", "outcome", "REDIRECTED"),
                "/decision/outcomes/2/outcome");
        assertRejected(events.get(4), set("", "status", "CLOSED"), "/status");
        assertRejected(events.get(5), set("", "dataCategory", "EMAILS"), "/dataCategory");
    }

    @Test
    void aPreservationStatesItsPeriodAndExpiry() {
        List<OrderEvent> events = EventSamples.munichPreservation2026();
        OrderEvent assessed = events.get(1);
        OrderEvent decided = events.get(3);
        assertRejected(assessed, json -> ((ObjectNode) json.at("/assessment/categories/0/preservation"))
                .remove("expiresAt"), "expiresAt");
        assertRejected(assessed, json -> ((ObjectNode) json.at("/assessment/categories/0/preservation"))
                .put("periodDays", -60), "/assessment/categories/0/preservation/periodDays");
        assertRejected(assessed, set("/assessment/categories/0/preservation", "expiresAt", "2027-01-30"),
                "/assessment/categories/0/preservation/expiresAt");
        assertRejected(decided, set("/decision/outcomes/0", "preservationExpiresAt", "in 60 days"),
                "/decision/outcomes/0/preservationExpiresAt");
        assertRejected(decided, set("/decision/outcomes/0", "outcome", "PRESERVED"), "/decision/outcomes/0/outcome");
        assertRejected(decided, set("", "status", "PRESERVE"), "/status");
    }

    @Test
    void anAddresseeNamesItsKindMemberStateAndEntity() {
        OrderEvent located = EventSamples.rotterdam2026().get(2);
        assertThat(toJson(located).at("/addressee/country").asText()).isEqualTo("IE");
        assertRejected(located, set("/addressee", "kind", "HEADQUARTERS"), "/addressee/kind");
        assertRejected(located, set("/addressee", "country", "Ireland"), "/addressee/country");
        assertRejected(located, set("/addressee", "name", ""), "/addressee/name");
        assertRejected(located, json -> ((ObjectNode) json.at("/addressee")).remove("country"), "country");
    }

    @Test
    void malformedDatesAreRejected() {
        List<OrderEvent> events = EventSamples.microsoft2016();
        assertRejected(events.get(0), set("/order", "issuedAt", "2016-02-30"), "/order/issuedAt");
        assertRejected(events.get(0), set("/order", "issuedAt", "01/09/2016"), "/order/issuedAt");
        assertRejected(events.get(0), set("/order", "issuedAt", "2016-09-01T00:00:00Z"), "/order/issuedAt");
        assertRejected(events.get(0), set("", "receivedAt", "2016-09-01"), "/receivedAt");
        assertRejected(events.get(0), set("", "receivedAt", "yesterday"), "/receivedAt");
        assertRejected(events.get(0), set("/order/timeRange", "to", "2016-09-01T25:00:00Z"), "/order/timeRange/to");
        assertRejected(events.get(1), set("/assessment", "lawDate", "2016-9-1"), "/assessment/lawDate");
        assertRejected(events.get(3), set("/decision", "decidedAt", "2016-09-01 14:03:29"), "/decision/decidedAt");
    }

    @Test
    void datesWrittenAsNumericTimestampsAreRejected() throws Exception {
        ObjectMapper timestamps = MAPPER.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        OrderEvent received = EventSamples.microsoft2016().get(0);
        JsonNode json = timestamps.readTree(timestamps.writeValueAsBytes(received));
        assertThat(json.get("receivedAt").isNumber()).isTrue();

        assertThat(messages(validate(OrderTopic.RECEIVED, json)))
                .anyMatch(m -> m.startsWith("/receivedAt: "))
                .anyMatch(m -> m.startsWith("/order/issuedAt: "));
    }

    @Test
    void requiredCoreFieldsMustBePresentAndNotNull() {
        List<OrderEvent> events = EventSamples.microsoft2016();
        OrderEvent received = events.get(0);
        assertRejected(received, json -> ((ObjectNode) json).remove("order"), "order");
        assertRejected(received, json -> ((ObjectNode) json).putNull("receivedAt"), "/receivedAt");
        assertRejected(received, json -> ((ObjectNode) json.at("/order")).remove("provider"), "provider");
        assertRejected(received, json -> ((ObjectNode) json.at("/order")).putNull("instrument"),
                "/order/instrument");
        assertRejected(received, json -> ((ObjectNode) json.at("/order")).remove("emergency"), "emergency");
        assertRejected(received, json -> ((ArrayNode) json.at("/order/targets")).removeAll(), "/order/targets");
        assertRejected(received, json -> ((ArrayNode) json.at("/order/dataCategories")).removeAll(),
                "/order/dataCategories");
        assertRejected(events.get(1), json -> ((ObjectNode) json.at("/assessment")).remove("rulebookVersion"),
                "rulebookVersion");
        assertRejected(events.get(2), json -> ((ObjectNode) json.at("/locations/0")).remove("accountId"),
                "accountId");
        assertRejected(events.get(3), json -> ((ObjectNode) json).remove("revision"), "revision");
        assertRejected(events.get(4), json -> ((ObjectNode) json).remove("closedAt"), "closedAt");
        assertRejected(events.get(5), json -> ((ObjectNode) json).remove("sha256"), "sha256");
        assertRejected(events.get(5), json -> ((ObjectNode) json).putNull("downloadLink"), "/downloadLink");
        OrderEvent deadlinePassed = deadlinePassed();
        assertRejected(deadlinePassed, json -> ((ObjectNode) json).remove("deadline"), "deadline");
        assertRejected(deadlinePassed, json -> ((ObjectNode) json).putNull("dataCategory"), "/dataCategory");
        assertRejected(deadlinePassed, json -> ((ObjectNode) json).remove("location"), "location");
        assertRejected(deadlinePassed, json -> ((ObjectNode) json).put("provider", ""), "/provider");
    }

    @Test
    void aPassedDeadlineNamesWhatItConcernsAndWhen() {
        OrderEvent deadlinePassed = deadlinePassed();
        assertRejected(deadlinePassed, set("", "dataCategory", "EMAILS"), "/dataCategory");
        assertRejected(deadlinePassed, set("", "location", "Ireland"), "/location");
        assertRejected(deadlinePassed, set("", "deadline", "2026-11-12"), "/deadline");
        assertRejected(deadlinePassed, set("", "noticedAt", "soon"), "/noticedAt");
    }

    private static OrderEvent deadlinePassed() {
        return EventSamples.rotterdam2026().stream().filter(OrderDeadlinePassed.class::isInstance).findFirst()
                .orElseThrow();
    }

    @Test
    void wrongTypesAndShapesAreRejected() {
        List<OrderEvent> events = EventSamples.microsoft2016();
        assertRejected(events.get(0), set("/order", "emergency", "false"), "/order/emergency");
        assertRejected(events.get(0), set("/order/issuingAuthority", "country", "USA"),
                "/order/issuingAuthority/country");
        assertRejected(events.get(2), set("/locations/2", "country", "Ireland"), "/locations/2/country");
        assertRejected(events.get(3), json -> ((ObjectNode) json).put("revision", -1), "/revision");
        assertRejected(events.get(3), json -> ((ObjectNode) json).put("revision", 1.5), "/revision");
        assertRejected(events.get(5), json -> ((ObjectNode) json).put("sha256", "9F2C"), "/sha256");
        assertRejected(events.get(5), json -> ((ObjectNode) json).put("size", 0), "/size");
        OrderEvent rotterdam = EventSamples.rotterdam2026().get(0);
        assertRejected(rotterdam, set("/order/offence", "committedInIssuingState", "no"),
                "/order/offence/committedInIssuingState");
    }

    /**
     * Checks the untouched event is valid, then that after the mutation its schema reports an error naming
     * {@code location} (a JSON Pointer to the bad value, or the name of a missing property).
     */
    private static void assertRejected(OrderEvent event, Consumer<JsonNode> mutation, String location) {
        OrderTopic topic = OrderTopic.of(event);
        JsonNode json = toJson(event);
        assertThat(validate(topic, json)).as("untouched %s", topic.topic()).isEmpty();

        mutation.accept(json);

        assertThat(messages(validate(topic, json)))
                .as("%s after mutation", topic.topic())
                .isNotEmpty()
                .anyMatch(m -> m.startsWith(location + ": ") || m.contains("property '" + location + "'"));
    }

    private static Consumer<JsonNode> set(String parent, String field, String value) {
        return json -> ((ObjectNode) json.at(JsonPointer.compile(parent))).put(field, value);
    }

    private static Consumer<JsonNode> set(String parent, int index, String value) {
        return json -> ((ArrayNode) json.at(JsonPointer.compile(parent))).set(index, value);
    }

    private static List<String> messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).toList();
    }
}
