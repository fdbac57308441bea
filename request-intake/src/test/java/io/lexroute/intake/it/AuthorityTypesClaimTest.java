package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.as;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.orderCount;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.intake.ValidOrders;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optional {@code authority_types} claim: a portal account that carries it may name only those authority types
 * as an order's issuer or validator; one without it may name any, as before; a malformed one opens nothing.
 */
@QuarkusTest
class AuthorityTypesClaimTest {

    @Test
    void anIssuerAndValidatorTheClaimListsAreAccepted() {
        String tenant = freshTenant();
        String police = DevTokens.authority(tenant, "BE", List.of("POLICE", "PUBLIC_PROSECUTOR"));

        String id = submit(police, newKey(), order("POLICE", "PUBLIC_PROSECUTOR")).then()
                .statusCode(202).extract().path("id");

        as(police).get(ORDERS + "/" + id).then()
                .statusCode(200)
                .body("order.issuingAuthority.type", equalTo("POLICE"))
                .body("order.issuingAuthority.validatedBy.type", equalTo("PUBLIC_PROSECUTOR"))
                .body("order.submittedBy", equalTo(tenant));
    }

    @Test
    void anIssuerTypeTheClaimDoesNotListIsForbiddenAndNothingIsStored() {
        String tenant = freshTenant();
        String police = DevTokens.authority(tenant, "BE", List.of("POLICE"));
        String key = newKey();
        long before = orderCount();

        Response response = submit(police, key, order("JUDGE", null));

        assertRefused(response, tenant);
        assertThat(response.jsonPath().getString("detail")).contains("issuingAuthority.type", "JUDGE", "POLICE");
        assertThat(orderCount()).isEqualTo(before);
        assertNoOrdersOf(police);
        // The key was not taken: an order the account may submit goes through with it.
        String allowed = submit(police, key, order("POLICE", null)).then().statusCode(202).extract().path("id");
        as(police).get(ORDERS).then().statusCode(200).body("items.id", contains(allowed));
    }

    @Test
    void aValidatorTypeTheClaimDoesNotListIsForbiddenAndNothingIsStored() {
        String tenant = freshTenant();
        String police = DevTokens.authority(tenant, "BE", List.of("POLICE"));
        long before = orderCount();

        Response response = submit(police, newKey(), order("POLICE", "INVESTIGATING_JUDGE"));

        assertRefused(response, tenant);
        assertThat(response.jsonPath().getString("detail"))
                .contains("issuingAuthority.validatedBy.type", "INVESTIGATING_JUDGE", "POLICE");
        assertThat(orderCount()).isEqualTo(before);
        assertNoOrdersOf(police);
    }

    @Test
    void theRefusalHasTheShapeOfTheWrongCountrysRefusal() {
        String tenant = freshTenant();
        String police = DevTokens.authority(tenant, "BE", List.of("POLICE"));
        ObjectNode french = ValidOrders.node("FR-TYPES-" + UUID.randomUUID());
        ((ObjectNode) french.get("issuingAuthority")).put("country", "FR");

        Response wrongType = submit(police, newKey(), order("JUDGE", null));
        Response wrongCountry = submit(police, newKey(), ValidOrders.json(french));

        Map<String, Object> typeProblem = AccessChecks.withoutInstance(wrongType);
        Map<String, Object> countryProblem = AccessChecks.withoutInstance(wrongCountry);
        assertThat(typeProblem.keySet()).isEqualTo(countryProblem.keySet());
        typeProblem.remove("detail");
        countryProblem.remove("detail");
        assertThat(typeProblem).isEqualTo(countryProblem);
    }

    @Test
    void withoutTheClaimAPortalAccountNamesAnyIssuerAndValidatorAsBefore() {
        String tenant = freshTenant();
        String portal = DevTokens.authority(tenant, "BE");

        submit(portal, newKey(), order("JUDGE", null)).then().statusCode(202);
        submit(portal, newKey(), order("POLICE", "INVESTIGATING_JUDGE")).then().statusCode(202);

        as(portal).get(ORDERS).then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void anEmptyClaimAllowsNoType() {
        String tenant = freshTenant();
        String nothingAllowed = DevTokens.authority(tenant, "BE", List.of());

        assertRefused(submit(nothingAllowed, newKey(), order("POLICE", null)), tenant);
        assertNoOrdersOf(nothingAllowed);
    }

    /** Claims that a lenient reading could take as allowing POLICE, or as no limit at all. */
    static Stream<Arguments> malformedClaims() {
        return Stream.of(
                Arguments.of("a string, not an array", "POLICE"),
                Arguments.of("a comma-separated string", "POLICE,JUDGE"),
                Arguments.of("an array with a number", Arrays.asList("POLICE", 7)),
                Arguments.of("an array with null", Arrays.asList("POLICE", null)),
                Arguments.of("an array with a nested array", Arrays.asList("POLICE", List.of("JUDGE"))),
                Arguments.of("an unknown type name", List.of("POLICE", "SHERIFF")),
                Arguments.of("a type name in lower case", List.of("police")),
                Arguments.of("an object", Map.of("POLICE", true)),
                Arguments.of("a boolean", true),
                Arguments.of("null", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedClaims")
    void aMalformedClaimIsRefusedRatherThanIgnored(String what, Object claim) {
        String tenant = freshTenant();
        String malformed = DevTokens.authorityWithAuthorityTypesClaim(tenant, "BE", claim);
        long before = orderCount();

        Response response = submit(malformed, newKey(), order("POLICE", null));

        assertRefused(response, tenant);
        assertThat(response.jsonPath().getString("detail")).contains("authority_types");
        assertThat(orderCount()).isEqualTo(before);
        assertNoOrdersOf(malformed);
    }

    @Test
    void replayingAnOrderStoredBeforeTheAccountWasNarrowedIsRefused() {
        String tenant = freshTenant();
        String key = newKey();
        String judgesOrder = order("INVESTIGATING_JUDGE", null);
        String stored = submit(DevTokens.authority(tenant, "BE"), key, judgesOrder).then()
                .statusCode(202).extract().path("id");
        long before = orderCount();

        Response replay = submit(DevTokens.authority(tenant, "BE", List.of("POLICE")), key, judgesOrder);

        assertRefused(replay, tenant);
        assertThat(replay.asString()).doesNotContain(stored);
        assertThat(orderCount()).isEqualTo(before);
    }

    private static String freshTenant() {
        return "be-types-" + UUID.randomUUID();
    }

    /** The contract's example order, issued by {@code issuerType} and validated by {@code validatorType} (or not). */
    private static String order(String issuerType, String validatorType) {
        ObjectNode order = ValidOrders.node("BE-TYPES-" + UUID.randomUUID());
        ObjectNode issuer = (ObjectNode) order.get("issuingAuthority");
        issuer.put("type", issuerType);
        if (validatorType != null) {
            issuer.putObject("validatedBy").put("type", validatorType).put("name", "Validating authority, Antwerp");
        }
        return ValidOrders.json(order);
    }

    private static void assertRefused(Response response, String tenant) {
        AccessChecks.assertForbidden(response);
        assertThat(response.jsonPath().getList("violations")).isEmpty();
        assertThat(response.asString()).doesNotContain(tenant, "BE-TYPES-");
    }

    private static void assertNoOrdersOf(String token) {
        as(token).get(ORDERS).then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }
}
