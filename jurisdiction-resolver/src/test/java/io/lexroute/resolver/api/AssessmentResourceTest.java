package io.lexroute.resolver.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.Order;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.outbox.EventJson;
import io.lexroute.resolver.As;
import io.lexroute.resolver.CaseOrders;
import io.lexroute.resolver.persistence.AssessmentCause;
import io.lexroute.resolver.persistence.AssessmentRecord;
import io.lexroute.resolver.service.AssessmentService;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentResourceTest {

    @Inject
    AssessmentService assessments;

    @TestHTTPResource("/api/v1/assessments/dry-run")
    URI dryRunAddress;

    @Test
    void dryRunAssessesTheMicrosoftWarrantOf2016() {
        As.legalReviewer()
                .contentType(ContentType.JSON)
                .body(CaseOrders.order("us-msft-ie-2016.json").toString())
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(200)
                .body("lawDate", equalTo("2016-09-01"))
                .body("rulebookVersion", equalTo(assessments.rulebook().version()))
                .body("categories.disposition", equalTo(java.util.List.of("PERMITTED", "PERMITTED", "PERMITTED")))
                .body("categories[2].doctrine", equalTo("STORAGE_LOCATION"))
                .body("categories[2].reachableCountries", equalTo(java.util.List.of("US")))
                .body("categories[2].redirects.find { it.country == 'IE' }.ground.citation",
                        containsString("829 F.3d 197"))
                .body("firedRules.ruleId", hasItem("US-MSFT-2D"));
    }

    @Test
    void dryRunRefusesTheFrenchProsecutorsContentOrder() {
        As.legalReviewer()
                .contentType(ContentType.JSON)
                .body(CaseOrders.order("eevid-content-prosecutor-2026.json").toString())
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(200)
                .body("categories[0].disposition", equalTo("REFUSED"))
                .body("categories[0].grounds[0].citation", containsString("Art. 4"))
                .body("answerDeadline", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void dryRunNamesAMissingIssueDate() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.remove("issuedAt");

        As.legalReviewer()
                .contentType(ContentType.JSON)
                .body(order.toString())
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("issuedAt"));
    }

    @Test
    void dryRunOfABodyThatIsNotJsonIsAProblem() {
        As.legalReviewer()
                .contentType(ContentType.JSON)
                .body("{\"issuedAt\": \"2026-10-01\", ")
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("body"));
    }

    @Test
    void dryRunWithAnInstrumentOutsideTheContractNamesTheField() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.put("instrument", "TELEPATHIC_REQUEST");

        As.legalReviewer()
                .contentType(ContentType.JSON)
                .body(order.toString())
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("instrument"));
    }

    @Test
    void dryRunNamesAnOffenceCategoryLeftNull() {
        ObjectNode order = CaseOrders.order("eevid-content-prosecutor-2026.json");
        ((ObjectNode) order.get("offence")).putArray("categories").addNull();

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("offence.categories[0]"));
    }

    @Test
    void dryRunNamesADataCategoryLeftNull() {
        ObjectNode alone = CaseOrders.order("eevid-subscriber-2026.json");
        alone.putArray("dataCategories").addNull();
        ObjectNode besideAnother = CaseOrders.order("eevid-subscriber-2026.json");
        besideAnother.putArray("dataCategories").addNull().add("TRAFFIC");

        dryRun(alone.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("dataCategories[0]"));
        dryRun(besideAnother.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("dataCategories[0]")));
    }

    @Test
    void dryRunNamesAFieldTheOrderDoesNotHave() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.put("emergncy", true);

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("emergncy")));
    }

    @Test
    void dryRunNeedsTheEmergencyFlagRatherThanTakingFalse() {
        ObjectNode misspelt = CaseOrders.order("eevid-subscriber-2026.json");
        misspelt.remove("emergency");
        misspelt.put("emergncy", true);
        ObjectNode nullFlag = CaseOrders.order("eevid-subscriber-2026.json");
        nullFlag.putNull("emergency");

        // Two fields at fault: the flag left out, and one the order does not have.
        dryRun(misspelt.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("emergency", "emergncy")));
        dryRun(nullFlag.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("emergency")));
    }

    @Test
    void dryRunNamesAFieldGivenTwice() {
        String order = CaseOrders.order("eevid-subscriber-2026.json").toString();
        String twice = "{\"issuedAt\":\"2016-01-01\"," + order.substring(1);

        dryRun(twice).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("issuedAt")));
    }

    @Test
    void dryRunRefusesContentAfterTheOrder() {
        dryRun(CaseOrders.order("eevid-subscriber-2026.json") + " {}").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("body")));
    }

    @Test
    void dryRunTakesDatesAndTimesOnlyAsIsoText() {
        ObjectNode epochDay = CaseOrders.order("eevid-subscriber-2026.json");
        epochDay.put("issuedAt", 20000);
        ObjectNode dateArray = CaseOrders.order("eevid-subscriber-2026.json");
        ArrayNode parts = dateArray.putArray("issuedAt");
        parts.add(2026).add(9).add(1);
        ObjectNode epochSecond = CaseOrders.order("eevid-subscriber-2026.json");
        ((ObjectNode) epochSecond.get("timeRange")).put("from", 1_500_000_000L);

        dryRun(epochDay.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("issuedAt")));
        dryRun(dateArray.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("issuedAt")));
        dryRun(epochSecond.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("timeRange.from")));
    }

    @Test
    void dryRunTakesNoTextForABoolean() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.put("emergency", "true");

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("emergency")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-09-01", "+99999-01-01", "1979-12-31"})
    void dryRunNamesAnImplausibleIssueDate(String issuedAt) {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.put("issuedAt", issuedAt);

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("issuedAt")));
    }

    @Test
    void dryRunNamesAnIssueDateInTheFuture() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.put("issuedAt", LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1).toString());

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("issuedAt")))
                .body("violations.message", hasItem(containsString("future")));
    }

    @Test
    void dryRunOfAnotherMediaTypeIsA415NamingContentType() {
        As.legalReviewer()
                .contentType(ContentType.TEXT)
                .body(CaseOrders.order("eevid-subscriber-2026.json").toString())
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415))
                .body("violations.field", equalTo(java.util.List.of("Content-Type")));
    }

    @Test
    void dryRunWithoutAContentTypeIsA415NamingContentType() throws Exception {
        HttpResponse<String> response = untypedDryRun(DevTokens.legalReviewer("test-legal-reviewer"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = CaseOrders.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(415);
        assertThat(problem.path("title").asText()).isEqualTo("Unsupported Media Type");
        assertThat(problem.path("violations")).hasSize(1);
        assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("Content-Type");
        assertThat(problem.path("violations").get(0).path("message").asText())
                .isEqualTo("is required: application/json");
    }

    /** The caller's role is decided before anything about the body, its type included. */
    @Test
    void aDryRunWithoutAContentTypeIsRefusedToACallerWithoutTheRoleFirst() throws Exception {
        assertThat(untypedDryRun(DevTokens.operator("test-operator")).statusCode()).isEqualTo(403);
        assertThat(untypedDryRun(null).statusCode()).isEqualTo(401);
    }

    @Test
    void dryRunNamesEveryFieldAtFaultAtOnce() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.put("emergency", "yes");
        ((ObjectNode) order.get("offence")).put("maxCustodialSentenceMonths", "ten");
        ((ObjectNode) order.get("targets").get(0)).put("type", "FAX");
        order.put("colour", "red");

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of(
                        "colour", "emergency", "offence.maxCustodialSentenceMonths", "targets[0].type")))
                .body("violations[0].message", equalTo("is not a field of this object"))
                .body("violations[1].message", equalTo("is required, and must be true or false"));
    }

    @Test
    void dryRunNamesALeftOutEmergencyFlagBesideAnotherFieldAtFault() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        order.remove("emergency");
        order.put("instrument", "TELEPATHIC_REQUEST");

        dryRun(order.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("emergency", "instrument")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "xyz"})
    void aMalformedOrderIdIsNotFoundNamingOrderId(String orderId) {
        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("violations.field", equalTo(java.util.List.of("orderId")));
        As.legalReviewer()
                .when().post("/api/v1/assessments/" + orderId + "/reassessment")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("violations.field", equalTo(java.util.List.of("orderId")));
    }

    @Test
    void onlyTheCanonicalFormOfAnOrderIdNamesTheOrder() throws IOException {
        String last = String.format("%012x", ThreadLocalRandom.current().nextLong(1L << 48));
        UUID orderId = UUID.fromString("00000000-0000-4000-8000-" + last);
        Order order = EventJson.mapper().treeToValue(CaseOrders.order("eevid-subscriber-2026.json"), Order.class);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> AssessmentRecord.of(orderId, order, now, assessments.dryRun(order),
                AssessmentCause.ORDER_RECEIVED, now).persist());

        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(200);
        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId.toString().toUpperCase(java.util.Locale.ROOT))
                .then().statusCode(200);
        As.legalReviewer()
                .when().get("/api/v1/assessments/0-0-4000-8000-" + last)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("orderId")));
    }

    @Test
    void dryRunOfAnOrderFromAnUnknownCountryHasNoApplicableRule() {
        ObjectNode order = CaseOrders.order("eevid-subscriber-2026.json");
        ((ObjectNode) order.get("issuingAuthority")).put("country", "ZZ");

        As.legalReviewer()
                .contentType(ContentType.JSON)
                .body(order.toString())
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(200)
                .body("categories[0].disposition", equalTo("NO_APPLICABLE_RULE"))
                .body("categories[0].grounds[0].code", equalTo("NO_APPLICABLE_RULE"));
    }

    @Test
    void reassessingAnUnknownOrderIsNotFound() {
        As.legalReviewer()
                .when().post("/api/v1/assessments/" + UUID.randomUUID() + "/reassessment")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("violations.field", equalTo(java.util.List.of("orderId")));
    }

    @Test
    void reassessingStaleOrdersNeedsTheCurrentRulebookVersion() {
        As.legalReviewer()
                .when().post("/api/v1/assessments/reassessment")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("assessedWithRulebookOtherThan"));
        As.legalReviewer()
                .queryParam("assessedWithRulebookOtherThan", "2020.01.01-1")
                .when().post("/api/v1/assessments/reassessment")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(assessments.rulebook().version()));
    }

    @Test
    void historyOfAnUnknownOrderIsNotFound() {
        As.legalReviewer()
                .when().get("/api/v1/assessments/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("orderId")));
    }

    /** A dry-run of a valid order sent without a Content-Type, as the given bearer (none when null). */
    private HttpResponse<String> untypedDryRun(String token) throws IOException, InterruptedException {
        // The JDK client, because REST Assured adds a Content-Type of its own to every body.
        HttpRequest.Builder request = HttpRequest.newBuilder(dryRunAddress)
                .POST(HttpRequest.BodyPublishers.ofString(CaseOrders.order("eevid-subscriber-2026.json").toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ValidatableResponse dryRun(String body) {
        return As.legalReviewer()
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/assessments/dry-run")
                .then();
    }
}
