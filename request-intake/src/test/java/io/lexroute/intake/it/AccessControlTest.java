package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.OPERATOR;
import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.as;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.orderCount;
import static io.lexroute.intake.it.IntakeApi.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.access.VerifiedTokenCache;
import io.lexroute.intake.ValidOrders;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * order-api.md "Security" for request-intake: who may call what, and that an authority sees only its own orders
 * without learning anything about anyone else's.
 */
@QuarkusTest
class AccessControlTest {

    // Fresh tenants per run, so that their lists hold exactly what this test submitted.
    private static final String TENANT_A = "be-court-a-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TENANT_B = "be-court-b-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String AUTHORITY_A = DevTokens.authority(TENANT_A, "BE");
    private static final String AUTHORITY_B = DevTokens.authority(TENANT_B, "BE");
    private static final String PROVIDER = DevTokens.provider("skype");
    private static final String LEGAL_REVIEWER = DevTokens.legalReviewer("test-reviewer");

    private static String orderOfA;

    @Inject
    JWTParser tokenParser;

    /** The four endpoints of the order API. */
    enum Endpoint {
        SUBMIT, TRACK, LIST, ANSWER;

        Response call(RequestSpecification request, String orderId) {
            return switch (this) {
                case SUBMIT -> request.contentType("application/json").header("Idempotency-Key", newKey())
                        .body(ValidOrders.json(ValidOrders.node("BE-ACCESS-" + UUID.randomUUID()))).post(ORDERS);
                case TRACK -> request.get(ORDERS + "/" + orderId);
                case LIST -> request.get(ORDERS);
                case ANSWER -> request.get(ORDERS + "/" + orderId + "/response");
            };
        }
    }

    /** Tokens that must not get in, by what is wrong with them. */
    enum BadToken {
        NONE, TAMPERED, EXPIRED, OTHER_ISSUER, OTHER_AUDIENCE, NO_AUDIENCE, ISSUED_TOO_LONG_AGO, UNSIGNED, NOT_A_JWT;

        RequestSpecification apply(RequestSpecification request) {
            return switch (this) {
                case NONE -> request;
                case TAMPERED -> request.auth().oauth2(AccessChecks.tampered(DevTokens.authority(TENANT_A, "BE")));
                case EXPIRED -> request.auth().oauth2(DevTokens.sign(TENANT_A, List.of("authority"),
                        Map.of("authority", TENANT_A, "country", "BE"), Duration.ofMinutes(-10)));
                // DevTokens.sign sets the dev issuer first; a claim of the same name replaces it.
                case OTHER_ISSUER -> request.auth().oauth2(DevTokens.sign(TENANT_A, List.of("authority"),
                        Map.of("iss", "https://issuer.example.org", "authority", TENANT_A, "country", "BE"),
                        Duration.ofHours(1)));
                case OTHER_AUDIENCE -> request.auth().oauth2(AccessChecks.forAnotherAudience(TENANT_A,
                        List.of("authority"), Map.of("authority", TENANT_A, "country", "BE")));
                case NO_AUDIENCE -> request.auth().oauth2(AccessChecks.withoutAudience(TENANT_A,
                        List.of("authority"), Map.of("authority", TENANT_A, "country", "BE")));
                case ISSUED_TOO_LONG_AGO -> request.auth().oauth2(AccessChecks.issuedTooLongAgo(TENANT_A,
                        List.of("authority"), Map.of("authority", TENANT_A, "country", "BE")));
                case UNSIGNED -> request.auth().oauth2(unsigned(DevTokens.authority(TENANT_A, "BE")));
                case NOT_A_JWT -> request.auth().oauth2("not-a-jwt");
            };
        }
    }

    @ParameterizedTest(name = "{0} token, {1}")
    @CsvSource({
            "NONE, SUBMIT", "NONE, TRACK", "NONE, LIST", "NONE, ANSWER",
            "TAMPERED, SUBMIT", "TAMPERED, TRACK", "TAMPERED, LIST", "TAMPERED, ANSWER",
            "EXPIRED, SUBMIT", "EXPIRED, TRACK", "EXPIRED, LIST", "EXPIRED, ANSWER",
            "OTHER_ISSUER, SUBMIT", "OTHER_ISSUER, TRACK", "OTHER_ISSUER, LIST", "OTHER_ISSUER, ANSWER",
            "OTHER_AUDIENCE, SUBMIT", "OTHER_AUDIENCE, TRACK", "OTHER_AUDIENCE, LIST", "OTHER_AUDIENCE, ANSWER",
            "NO_AUDIENCE, SUBMIT", "NO_AUDIENCE, TRACK", "NO_AUDIENCE, LIST", "NO_AUDIENCE, ANSWER",
            "ISSUED_TOO_LONG_AGO, SUBMIT", "ISSUED_TOO_LONG_AGO, TRACK", "ISSUED_TOO_LONG_AGO, LIST",
            "ISSUED_TOO_LONG_AGO, ANSWER",
            "UNSIGNED, SUBMIT", "UNSIGNED, TRACK", "UNSIGNED, LIST", "UNSIGNED, ANSWER",
            "NOT_A_JWT, SUBMIT", "NOT_A_JWT, TRACK", "NOT_A_JWT, LIST", "NOT_A_JWT, ANSWER"})
    void aMissingOrInvalidTokenIs401(BadToken token, Endpoint endpoint) {
        String order = orderOfA();
        long before = orderCount();

        Response response = endpoint.call(token.apply(given()), order);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.asString()).doesNotContain(TENANT_A, "BE-ACCESS", "skype");
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void aVerifiedTokenIsKeptButATamperedCopyOfItIsStillRefused() {
        assertThat(tokenParser).isInstanceOf(VerifiedTokenCache.class);
        String token = DevTokens.authority(TENANT_A, "BE");

        as(token).get(ORDERS).then().statusCode(200);
        assertProblem(as(AccessChecks.tampered(token)).get(ORDERS), 401);
        as(token).get(ORDERS).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "provider, SUBMIT", "provider, TRACK", "provider, LIST", "provider, ANSWER",
            "operator, SUBMIT", "operator, ANSWER",
            "legal-reviewer, SUBMIT", "legal-reviewer, LIST", "legal-reviewer, ANSWER"})
    void aRoleWithoutTheRightIs403(String role, Endpoint endpoint) {
        String order = orderOfA();
        long before = orderCount();

        Response response = endpoint.call(as(tokenOf(role)), order);

        assertProblem(response, 403);
        assertThat(response.asString()).doesNotContain(TENANT_A, "BE-ACCESS");
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void anAuthorityCannotSubmitAnOrderOfAnotherCountry() {
        ObjectNode french = ValidOrders.node("FR-ACCESS-" + UUID.randomUUID());
        ((ObjectNode) french.get("issuingAuthority")).put("country", "FR");
        long before = orderCount();

        Response response = submit(AUTHORITY_A, newKey(), ValidOrders.json(french));

        assertProblem(response, 403);
        assertThat(response.jsonPath().getString("detail")).contains("BE", "FR", "issuingAuthority.country");
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void anAuthorityTokenWithoutACountryCannotSubmit() {
        String noCountry = DevTokens.sign(TENANT_A, List.of("authority"), Map.of("authority", TENANT_A),
                Duration.ofHours(1));
        long before = orderCount();

        Response response = submit(noCountry, newKey(), ValidOrders.json(ValidOrders.node("BE-NO-COUNTRY")));

        assertProblem(response, 403);
        assertThat(response.jsonPath().getString("detail")).contains("country");
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void anOrderIsStoredWithTheTenantOfTheTokenAndItsAuthorityReadsIt() {
        String order = orderOfA();

        as(AUTHORITY_A).get(ORDERS + "/" + order).then()
                .statusCode(200)
                .body("id", equalTo(order))
                .body("order.submittedBy", equalTo(TENANT_A));
        // Its own answer is reachable: only not there yet.
        as(AUTHORITY_A).get(ORDERS + "/" + order + "/response").then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anotherAuthorityCannotTellAForeignOrderFromOneThatDoesNotExist() {
        String foreign = orderOfA();
        String missing = UUID.randomUUID().toString();

        for (String suffix : List.of("", "/response")) {
            Response forForeign = as(AUTHORITY_B).get(ORDERS + "/" + foreign + suffix);
            Response forMissing = as(AUTHORITY_B).get(ORDERS + "/" + missing + suffix);

            assertProblem(forForeign, 403);
            assertThat(forForeign.asString()).doesNotContain(TENANT_A, "BE-ACCESS", "skype");
            assertSameAnswer(forForeign, foreign, forMissing, missing);
        }
    }

    @Test
    void aMalformedIdGetsAnAuthorityTheSameAnswerAsAForeignOne() {
        String foreign = orderOfA();
        String malformed = "not-an-order-id";

        for (String suffix : List.of("", "/response")) {
            Response forForeign = as(AUTHORITY_B).get(ORDERS + "/" + foreign + suffix);
            Response forMalformed = as(AUTHORITY_B).get(ORDERS + "/" + malformed + suffix);

            assertProblem(forMalformed, 403);
            assertThat(forMalformed.jsonPath().getString("instance")).isEqualTo(ORDERS + "/" + malformed + suffix);
            assertThat(AccessChecks.withoutInstance(forMalformed)).isEqualTo(AccessChecks.withoutInstance(forForeign));
        }
    }

    @Test
    void anAuthorityListsOnlyItsOwnOrders() {
        // Two more fresh tenants, so that each list holds exactly the orders submitted here.
        String ghent = DevTokens.authority("be-ghent-" + UUID.randomUUID(), "BE");
        String liege = DevTokens.authority("be-liege-" + UUID.randomUUID(), "BE");
        String ofGhent = submitted(ghent, "BE-LIST-GHENT-" + UUID.randomUUID());
        String olderOfLiege = submitted(liege, "BE-LIST-LIEGE-" + UUID.randomUUID());
        String newerOfLiege = submitted(liege, "BE-LIST-LIEGE-" + UUID.randomUUID());

        as(ghent).queryParam("size", 100).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(ofGhent))
                .body("totalItems", equalTo(1));
        as(liege).queryParam("size", 100).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(newerOfLiege, olderOfLiege))
                .body("totalItems", equalTo(2));
        as(liege).queryParam("status", "RECEIVED").queryParam("size", 1).queryParam("page", 1).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(olderOfLiege))
                .body("totalPages", equalTo(2));
    }

    @Test
    void twoAuthoritiesUsingTheSameIdempotencyKeyGetTwoOrders() {
        String key = newKey();
        String body = ValidOrders.json(ValidOrders.node("BE-SHARED-KEY-" + UUID.randomUUID()));
        long before = orderCount();

        String ofA = submit(AUTHORITY_A, key, body).then().statusCode(202).extract().path("id");
        String ofB = submit(AUTHORITY_B, key, body).then().statusCode(202).extract().path("id");

        assertThat(ofB).isNotEqualTo(ofA);
        assertThat(orderCount()).isEqualTo(before + 2);
        as(AUTHORITY_A).get(ORDERS + "/" + ofA).then().statusCode(200).body("order.submittedBy", equalTo(TENANT_A));
        as(AUTHORITY_B).get(ORDERS + "/" + ofB).then().statusCode(200).body("order.submittedBy", equalTo(TENANT_B));
        // Each tenant's own replay still finds its own order.
        submit(AUTHORITY_B, key, body).then().statusCode(202).body("id", equalTo(ofB));
        assertThat(orderCount()).isEqualTo(before + 2);
    }

    @Test
    void anOperatorReadsAndListsEveryOrder() {
        String ofA = orderOfA();
        String ofB = submitted(AUTHORITY_B, "BE-ACCESS-B-" + UUID.randomUUID());

        as(OPERATOR).get(ORDERS + "/" + ofA).then().statusCode(200).body("order.submittedBy", equalTo(TENANT_A));
        as(OPERATOR).get(ORDERS + "/" + ofB).then().statusCode(200).body("order.submittedBy", equalTo(TENANT_B));
        as(OPERATOR).queryParam("size", 100).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", hasItems(ofA, ofB));
    }

    @Test
    void aLegalReviewerReadsAnyOrder() {
        String ofA = orderOfA();

        as(LEGAL_REVIEWER).get(ORDERS + "/" + ofA).then().statusCode(200).body("id", equalTo(ofA));
    }

    /** One order of tenant A, submitted once for the whole class. */
    private static synchronized String orderOfA() {
        if (orderOfA == null) {
            orderOfA = submitted(AUTHORITY_A, "BE-ACCESS-A-" + UUID.randomUUID());
        }
        return orderOfA;
    }

    private static String submitted(String token, String reference) {
        return submit(token, newKey(), ValidOrders.json(ValidOrders.node(reference)))
                .then().statusCode(202).extract().path("id");
    }

    private static String tokenOf(String role) {
        return switch (role) {
            case "provider" -> PROVIDER;
            case "operator" -> OPERATOR;
            case "legal-reviewer" -> LEGAL_REVIEWER;
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.asString()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("type")).startsWith("urn:lexroute:problem:");
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
    }

    /**
     * The two answers are the same bytes once the id each request carried is taken out (the problem's
     * {@code instance} echoes the requested path): status, media type, length and body.
     */
    private static void assertSameAnswer(Response one, String oneId, Response other, String otherId) {
        assertThat(other.statusCode()).isEqualTo(one.statusCode());
        assertThat(other.contentType()).isEqualTo(one.contentType());
        assertThat(other.header("Content-Length")).isEqualTo(one.header("Content-Length"));
        assertThat(withoutId(other, otherId)).isEqualTo(withoutId(one, oneId));
    }

    private static byte[] withoutId(Response response, String id) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8).replace(id, "{id}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The token's claims under {@code "alg": "none"} and without a signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
