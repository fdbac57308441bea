package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.orderCount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.intake.ValidOrders;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a portal can get a submission wrong: a 4xx problem naming the field, and nothing stored. */
@QuarkusTest
class BadRequestTest {

    /** One bad submission: what is sent, and the status and the field the answer must name. */
    record BadRequest(String name, String contentType, String idempotencyKey, byte[] body, int status,
            String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                raw("truncated JSON", "{\"externalReference\": \"x\", \"issuedAt\": ", "issuedAt"),
                raw("not JSON at all", "hello", "body"),
                raw("empty body", "", "body"),
                raw("JSON null", "null", "body"),
                raw("an array instead of an order", "[]", "body"),
                raw("trailing garbage", ValidOrders.BELGIAN_SKYPE_ORDER + " and more", "body"),
                raw("duplicate key", ValidOrders.BELGIAN_SKYPE_ORDER.replace("\"provider\": \"skype\",",
                        "\"provider\": \"skype\", \"provider\": \"microsoft\","), "provider"),
                changed("targets is a string", o -> o.put("targets", "live:suspect"), "targets"),
                changed("emergency is a string", o -> o.put("emergency", "yes"), "emergency"),
                changed("sentence is a string", o -> offence(o).put("maxCustodialSentenceMonths", "ten"),
                        "offence.maxCustodialSentenceMonths"),
                changed("issuedAt is a number", o -> o.put("issuedAt", 20171201), "issuedAt"),
                changed("unknown instrument", o -> o.put("instrument", "ROYAL_DECREE"), "instrument"),
                changed("unknown target type", o -> target(o).put("type", "FAX"), "targets[0].type"),
                changed("missing externalReference", o -> o.remove("externalReference"), "externalReference"),
                changed("missing issuingAuthority", o -> o.remove("issuingAuthority"), "issuingAuthority"),
                changed("missing timeRange.to", o -> timeRange(o).remove("to"), "timeRange.to"),
                changed("missing emergency", o -> o.remove("emergency"), "emergency"),
                changed("unknown field", o -> o.put("priority", "high"), "priority"),
                changed("unknown nested field", o -> authority(o).put("email", "judge@example.be"),
                        "issuingAuthority.email"),
                changed("lower-case country", o -> authority(o).put("country", "be"), "issuingAuthority.country"),
                changed("no such country", o -> authority(o).put("country", "XX"), "issuingAuthority.country"),
                changed("three-letter residence country", o -> subject(o).put("residenceCountry", "BEL"),
                        "subject.residenceCountry"),
                changed("issued in the future", o -> o.put("issuedAt", "2099-01-01"), "issuedAt"),
                changed("issued before 1980", o -> o.put("issuedAt", "1979-12-31"), "issuedAt"),
                changed("date in another format", o -> o.put("issuedAt", "01/12/2017"), "issuedAt"),
                changed("from after to", o -> timeRange(o).put("from", "2017-12-01T00:00:00Z"), "timeRange.to"),
                changed("no targets", o -> o.putArray("targets"), "targets"),
                changed("101 targets", BadRequestTest::tooManyTargets, "targets"),
                changed("blank target value", o -> target(o).put("value", "   "), "targets[0].value"),
                changed("target value of 513 characters", o -> target(o).put("value", "a".repeat(513)),
                        "targets[0].value"),
                changed("duplicate categories", o -> o.putArray("dataCategories").add("TRAFFIC").add("TRAFFIC"),
                        "dataCategories"),
                changed("no categories", o -> o.putArray("dataCategories"), "dataCategories"),
                changed("control character in a name", o -> authority(o).put("name", "Judge\u0000X"),
                        "issuingAuthority.name"),
                changed("line break in the reference", o -> o.put("externalReference", "BE\nX"),
                        "externalReference"),
                changed("provider in capitals", o -> o.put("provider", "Skype"), "provider"),
                changed("sentence above 100 years", o -> offence(o).put("maxCustodialSentenceMonths", 1201),
                        "offence.maxCustodialSentenceMonths"),
                changed("negative sentence", o -> offence(o).put("maxCustodialSentenceMonths", -1),
                        "offence.maxCustodialSentenceMonths"),
                changed("21 legal bases", BadRequestTest::tooManyLegalBases, "legalBasis"),
                changed("reference of 201 characters", o -> o.put("externalReference", "R".repeat(201)),
                        "externalReference"),
                changed("validation without a type", o -> authority(o).putObject("validatedBy").put("name", "Judge"),
                        "issuingAuthority.validatedBy.type"),
                Arguments.of(new BadRequest("missing Idempotency-Key", "application/json", null, valid(), 400,
                        "Idempotency-Key")),
                Arguments.of(new BadRequest("Idempotency-Key of 201 characters", "application/json", "k".repeat(201),
                        valid(), 400, "Idempotency-Key")),
                Arguments.of(new BadRequest("wrong content type", "text/plain", newKey(), valid(), 415,
                        "Content-Type")),
                Arguments.of(new BadRequest("XML", "application/xml", newKey(), "<order/>".getBytes(), 415,
                        "Content-Type")),
                Arguments.of(new BadRequest("huge body", "application/json", newKey(), huge(), 413, "body")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemNamingTheField(BadRequest bad) {
        long before = orderCount();

        RequestSpecification request = given().contentType(bad.contentType()).body(bad.body());
        if (bad.idempotencyKey() != null) {
            request.header("Idempotency-Key", bad.idempotencyKey());
        }
        Response response = request.when().post(ORDERS);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(bad.status());
        assertThat(response.contentType()).as(response.asString()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(bad.status());
        assertThat(response.jsonPath().getString("type")).startsWith("urn:lexroute:problem:");
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        List<String> fields = response.jsonPath().getList("violations.field");
        assertThat(fields).as(response.asString()).contains(bad.field());
        assertThat(orderCount()).isEqualTo(before);
    }

    @TestHTTPResource(ORDERS)
    URI orders;

    @Test
    void aBodyWithoutAContentTypeIsRefusedToo() throws Exception {
        long before = orderCount();
        // The JDK client, because REST Assured adds a Content-Type of its own to every body.
        HttpRequest untyped = HttpRequest.newBuilder(orders)
                .header("Idempotency-Key", newKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(valid()))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(untyped, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"Content-Type\"", "is required");
        assertThat(orderCount()).isEqualTo(before);
    }

    private static Arguments raw(String name, String body, String field) {
        return Arguments.of(new BadRequest(name, "application/json", newKey(), body.getBytes(StandardCharsets.UTF_8),
                400, field));
    }

    private static Arguments changed(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode order = ValidOrders.node("BE-BAD-" + name);
        change.accept(order);
        return raw(name, ValidOrders.json(order), field);
    }

    private static byte[] valid() {
        return ValidOrders.json(ValidOrders.node("BE-VALID")).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] huge() {
        ObjectNode order = ValidOrders.node("BE-HUGE");
        offence(order).put("description", "x".repeat(300 * 1024));
        return ValidOrders.json(order).getBytes(StandardCharsets.UTF_8);
    }

    private static void tooManyTargets(ObjectNode order) {
        ArrayNode targets = order.putArray("targets");
        for (int i = 0; i < 101; i++) {
            targets.addObject().put("type", "EMAIL").put("value", "user" + i + "@example.com");
        }
    }

    private static void tooManyLegalBases(ObjectNode order) {
        ArrayNode bases = order.putArray("legalBasis");
        for (int i = 0; i < 21; i++) {
            bases.add("BASIS-" + i);
        }
    }

    private static ObjectNode authority(ObjectNode order) {
        return (ObjectNode) order.get("issuingAuthority");
    }

    private static ObjectNode offence(ObjectNode order) {
        return (ObjectNode) order.get("offence");
    }

    private static ObjectNode subject(ObjectNode order) {
        return (ObjectNode) order.get("subject");
    }

    private static ObjectNode timeRange(ObjectNode order) {
        return (ObjectNode) order.get("timeRange");
    }

    private static ObjectNode target(ObjectNode order) {
        return (ObjectNode) ((ArrayNode) order.get("targets")).get(0);
    }
}
