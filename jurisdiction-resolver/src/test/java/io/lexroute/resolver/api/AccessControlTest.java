package io.lexroute.resolver.api;

import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import io.lexroute.resolver.As;
import io.lexroute.resolver.CaseOrders;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Who may call the resolver: legal reviewers everything, operators the reads, authorities and providers nothing. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private enum Call {
        RULEBOOK, DRY_RUN, HISTORY, REASSESSMENT, BULK_REASSESSMENT;

        Response send(RequestSpecification request) {
            String orderId = UUID.randomUUID().toString();
            return switch (this) {
                case RULEBOOK -> request.when().get("/api/v1/rulebook");
                case DRY_RUN -> request.contentType(ContentType.JSON)
                        .body(CaseOrders.order("eevid-subscriber-2026.json").toString())
                        .when().post("/api/v1/assessments/dry-run");
                case HISTORY -> request.when().get("/api/v1/assessments/" + orderId);
                case REASSESSMENT -> request.when().post("/api/v1/assessments/" + orderId + "/reassessment");
                // Not the current version: had the call got through, it would have re-assessed nothing.
                case BULK_REASSESSMENT -> request.queryParam("assessedWithRulebookOtherThan", "2000.01.01-1")
                        .when().post("/api/v1/assessments/reassessment");
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void withoutATokenIsUnauthenticated(Call call) {
        AccessChecks.assertUnauthenticated(call.send(given()));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void aTamperedTokenIsUnauthenticated(Call call) {
        AccessChecks.assertUnauthenticated(call.send(As.bearer(AccessChecks.forged(DevTokens.authority("be-antwerp-court", "BE"), DevTokens.legalReviewer("reviewer")))));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anExpiredTokenIsUnauthenticated(Call call) {
        String expired = DevTokens.sign("reviewer", List.of("legal-reviewer"), Map.of("name", "reviewer"),
                Duration.ofMinutes(-10));

        AccessChecks.assertUnauthenticated(call.send(As.bearer(expired)));
    }

    /** Signed by the trusted key and unexpired, but for another audience, for none, or issued too long ago. */
    @ParameterizedTest
    @EnumSource(Call.class)
    void aTokenOutOfScopeIsUnauthenticated(Call call) {
        for (String token : AccessChecks.outOfScope("reviewer", List.of("legal-reviewer"),
                Map.of("name", "reviewer"))) {
            AccessChecks.assertUnauthenticated(call.send(As.bearer(token)));
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void authoritiesAndProvidersMayCallNothing(Call call) {
        AccessChecks.assertForbidden(call.send(As.bearer(DevTokens.authority("be-antwerp-court", "BE"))));
        AccessChecks.assertForbidden(call.send(As.bearer(DevTokens.provider("skype"))));
    }

    @ParameterizedTest
    @EnumSource(value = Call.class, names = {"DRY_RUN", "REASSESSMENT", "BULK_REASSESSMENT"})
    void operatorsMayNotAssess(Call call) {
        AccessChecks.assertForbidden(call.send(As.operator()));
    }

    @Test
    void operatorsReadTheRulebookAndHistories() {
        Call.RULEBOOK.send(As.operator()).then().statusCode(200);
        Call.HISTORY.send(As.operator()).then().statusCode(404);
    }

    @Test
    void aRefusedCallerLearnsNothingFromItsBody() {
        As.bearer(DevTokens.provider("skype")).contentType(ContentType.JSON).body("{\"issuedAt\": ")
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"issuedAt\": ")
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(401);
    }

    @Test
    void theApiDocumentsTheAccessProblems() {
        String bulk = "paths.'/api/v1/assessments/reassessment'.post.responses";
        String rulebook = "paths.'/api/v1/rulebook'.get.responses";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(bulk + ".'401'.content.'application/problem+json'.schema", notNullValue())
                .body(bulk + ".'403'.content.'application/problem+json'.schema", notNullValue())
                .body(rulebook + ".'403'.description", containsString("Neither a legal reviewer nor an operator"));
    }
}
