package io.lexroute.locator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may call the catalog API: each provider its own catalog, operators read every catalog, nobody else. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class AccessControlTest {

    private static final String ACCOUNTS = "/api/v1/providers/{provider}/accounts";
    private static final String ACCOUNT = ACCOUNTS + "/{accountId}";
    /** Seeded by V2__demo_catalog.sql. */
    private static final String MICROSOFT_ACCOUNT = "ms-acct-us-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The account exactly as stored: a PUT that wrongly got through would change nothing. */
    private String storedBody;
    private final String missingAccount = "ms-absent-" + UUID.randomUUID().toString().substring(0, 8);

    private enum Call {
        LIST, GET, PUT, DELETE;

        Response send(RequestSpecification request, String accountId, String body) {
            return switch (this) {
                case LIST -> request.when().get(ACCOUNTS, "microsoft");
                case GET -> request.when().get(ACCOUNT, "microsoft", accountId);
                case PUT -> request.contentType(ContentType.JSON).body(body)
                        .when().put(ACCOUNT, "microsoft", accountId);
                case DELETE -> request.when().delete(ACCOUNT, "microsoft", accountId);
            };
        }
    }

    @BeforeEach
    void readTheStoredAccount() throws IOException {
        JsonNode stored = JSON.readTree(As.provider("microsoft").when().get(ACCOUNT, "microsoft", MICROSOFT_ACCOUNT)
                .then().statusCode(200).extract().asString());
        ObjectNode body = JSON.createObjectNode();
        body.set("identifiers", stored.get("identifiers"));
        body.set("locations", stored.get("locations"));
        storedBody = body.toString();
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void withoutATokenIsUnauthenticated(Call call) {
        AccessChecks.assertUnauthenticated(call.send(given(), MICROSOFT_ACCOUNT, storedBody));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void aTamperedTokenIsUnauthenticated(Call call) {
        AccessChecks.assertUnauthenticated(call.send(As.bearer(AccessChecks.forged(DevTokens.provider("skype"), DevTokens.provider("microsoft"))), MICROSOFT_ACCOUNT, storedBody));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anExpiredTokenIsUnauthenticated(Call call) {
        String expired = DevTokens.sign("microsoft-integration", List.of("provider"),
                Map.of("provider", "microsoft"), Duration.ofMinutes(-10));

        AccessChecks.assertUnauthenticated(call.send(As.bearer(expired), MICROSOFT_ACCOUNT, storedBody));
    }

    /** Signed by the trusted key and unexpired, but for another audience, for none, or issued too long ago. */
    @ParameterizedTest
    @EnumSource(Call.class)
    void aTokenOutOfScopeIsUnauthenticated(Call call) {
        for (String token : AccessChecks.outOfScope("microsoft-integration", List.of("provider"),
                Map.of("provider", "microsoft"))) {
            AccessChecks.assertUnauthenticated(call.send(As.bearer(token), MICROSOFT_ACCOUNT, storedBody));
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void authoritiesAndLegalReviewersHaveNoCatalogAccess(Call call) {
        AccessChecks.assertForbidden(call.send(As.bearer(DevTokens.authority("be-antwerp-court", "BE")), MICROSOFT_ACCOUNT,
                storedBody));
        AccessChecks.assertForbidden(call.send(As.bearer(DevTokens.legalReviewer("reviewer")), MICROSOFT_ACCOUNT, storedBody));
    }

    @ParameterizedTest
    @EnumSource(value = Call.class, names = {"PUT", "DELETE"})
    void operatorsMayNotChangeACatalog(Call call) {
        AccessChecks.assertForbidden(call.send(As.operator(), MICROSOFT_ACCOUNT, storedBody));
        AccessChecks.assertForbidden(call.send(As.operator(), missingAccount, storedBody));
    }

    @Test
    void operatorsReadEveryCatalog() {
        As.operator().when().get(ACCOUNT, "microsoft", MICROSOFT_ACCOUNT)
                .then().statusCode(200).body("accountId", equalTo(MICROSOFT_ACCOUNT));
        As.operator().when().get(ACCOUNTS, "skype").then().statusCode(200);
        As.operator().when().get(ACCOUNT, "microsoft", missingAccount).then().statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anotherProviderGetsTheSameAnswerWhetherTheAccountExistsOrNot(Call call) {
        Response existing = call.send(As.provider("skype"), MICROSOFT_ACCOUNT, storedBody);
        Response missing = call.send(As.provider("skype"), missingAccount, storedBody);

        AccessChecks.assertForbidden(existing);
        AccessChecks.assertForbidden(missing);
        assertThat(AccessChecks.withoutInstance(missing)).isEqualTo(AccessChecks.withoutInstance(existing));
    }

    @Test
    void anotherProvidersAttemptsChangeNothing() {
        String updatedAt = As.provider("microsoft").when().get(ACCOUNT, "microsoft", MICROSOFT_ACCOUNT)
                .then().extract().path("updatedAt");

        for (Call call : Call.values()) {
            call.send(As.provider("skype"), MICROSOFT_ACCOUNT, storedBody);
            call.send(As.provider("skype"), missingAccount, storedBody);
        }

        As.provider("microsoft").when().get(ACCOUNT, "microsoft", MICROSOFT_ACCOUNT)
                .then().statusCode(200).body("updatedAt", equalTo(updatedAt));
        As.provider("microsoft").when().get(ACCOUNT, "microsoft", missingAccount).then().statusCode(404);
    }

    @Test
    void theApiDocumentsTheAccessProblems() {
        String operation = "paths.'" + ACCOUNT + "'.delete.responses";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(operation + ".'401'.content.'application/problem+json'.schema", notNullValue())
                .body(operation + ".'403'.content.'application/problem+json'.schema", notNullValue())
                .body(operation + ".'403'.description", containsString("provider's integration"));
    }
}
