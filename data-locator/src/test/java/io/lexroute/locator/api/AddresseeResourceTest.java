package io.lexroute.locator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The provider's addressee of orders in the Union: who may read and write it, and what it must be. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class AddresseeResourceTest {

    private static final String ADDRESSEE = "/api/v1/providers/{provider}/addressee";
    private static final String IRISH_ESTABLISHMENT = """
            { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "Example Ireland Ltd" }""";
    private static final String GREEK_REPRESENTATIVE = """
            { "kind": "LEGAL_REPRESENTATIVE", "country": "GR", "name": "Example Representation A.E." }""";

    /** Each test works in a provider of its own so that the seeded addressees and other tests stay untouched. */
    private final String provider = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void putCreatesThenReplacesAndGetReturnsTheAddressee() {
        String createdAt = put(IRISH_ESTABLISHMENT).then().statusCode(201)
                .header("Location", endsWith("/api/v1/providers/" + provider + "/addressee"))
                .body("provider", equalTo(provider))
                .body("kind", equalTo("DESIGNATED_ESTABLISHMENT"))
                .body("country", equalTo("IE"))
                .body("name", equalTo("Example Ireland Ltd"))
                .body("updatedAt", notNullValue())
                .extract().path("updatedAt");
        put(IRISH_ESTABLISHMENT).then().statusCode(200).body("updatedAt", equalTo(createdAt));

        put(GREEK_REPRESENTATIVE).then().statusCode(200)
                .body("kind", equalTo("LEGAL_REPRESENTATIVE"))
                .body("country", equalTo("GR"))
                .body("updatedAt", not(equalTo(createdAt)));

        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("provider", equalTo(provider))
                .body("kind", equalTo("LEGAL_REPRESENTATIVE"))
                .body("country", equalTo("GR"))
                .body("name", equalTo("Example Representation A.E."));
    }

    @Test
    void deleteRemovesTheAddressee() {
        put(IRISH_ESTABLISHMENT).then().statusCode(201);

        As.provider(provider).when().delete(ADDRESSEE, provider).then().statusCode(204);

        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:not-found"))
                .body("detail", containsString(provider))
                .body("violations", hasSize(0));
        As.provider(provider).when().delete(ADDRESSEE, provider).then().statusCode(404)
                .contentType("application/problem+json");
        put(IRISH_ESTABLISHMENT).then().statusCode(201);
    }

    @Test
    void anotherProviderGetsTheSameForbiddenAnswerWhetherAnAddresseeExistsOrNotAndChangesNothing() {
        String other = provider + "-other";
        put(IRISH_ESTABLISHMENT).then().statusCode(201);

        for (String target : List.of(provider, other)) {
            Response get = As.provider("skype").when().get(ADDRESSEE, target);
            Response replace = As.provider("skype").contentType(ContentType.JSON).body(GREEK_REPRESENTATIVE)
                    .when().put(ADDRESSEE, target);
            Response delete = As.provider("skype").when().delete(ADDRESSEE, target);
            AccessChecks.assertForbidden(get);
            AccessChecks.assertForbidden(replace);
            AccessChecks.assertForbidden(delete);
        }
        // The answers differ only by the provider named, so whether one recorded an addressee cannot be probed.
        assertThat(asked(As.provider("skype").when().get(ADDRESSEE, other), other))
                .isEqualTo(asked(As.provider("skype").when().get(ADDRESSEE, provider), provider));

        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(200)
                .body("country", equalTo("IE"));
        As.provider(other).when().get(ADDRESSEE, other).then().statusCode(404);
    }

    @Test
    void operatorsReadEveryAddresseeButWriteNone() {
        put(IRISH_ESTABLISHMENT).then().statusCode(201);

        As.operator().when().get(ADDRESSEE, provider).then().statusCode(200)
                .body("provider", equalTo(provider))
                .body("country", equalTo("IE"));
        As.operator().when().get(ADDRESSEE, provider + "-none").then().statusCode(404);
        AccessChecks.assertForbidden(As.operator().contentType(ContentType.JSON).body(GREEK_REPRESENTATIVE)
                .when().put(ADDRESSEE, provider));
        AccessChecks.assertForbidden(As.operator().when().delete(ADDRESSEE, provider));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(200)
                .body("country", equalTo("IE"));
    }

    @Test
    void callsWithoutAValidTokenAreUnauthenticatedAndOtherRolesForbidden() {
        AccessChecks.assertUnauthenticated(given().when().get(ADDRESSEE, "microsoft"));
        AccessChecks.assertUnauthenticated(given().contentType(ContentType.JSON).body(IRISH_ESTABLISHMENT)
                .when().put(ADDRESSEE, "microsoft"));
        AccessChecks.assertUnauthenticated(As.bearer(AccessChecks.tampered(DevTokens.provider("microsoft")))
                .when().delete(ADDRESSEE, "microsoft"));
        AccessChecks.assertForbidden(As.bearer(DevTokens.authority("be-antwerp-court", "BE"))
                .when().get(ADDRESSEE, "microsoft"));
        AccessChecks.assertForbidden(As.bearer(DevTokens.legalReviewer("reviewer"))
                .when().get(ADDRESSEE, "microsoft"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "GB", "CH", "DK", "EL", "ie", "Ie", "IRL", "XX", ""})
    void theCountryMustBeAMemberStateOfTheUnion(String country) {
        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "%s", "name": "Example Ltd" }""".formatted(country))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:invalid-request"))
                .body("violations.field", equalTo(List.of("country")))
                .body("violations[0].message", containsString("Member State of the European Union"));

        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
            "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"})
    void everyMemberStateTakingPartInTheRegulationIsAccepted(String country) {
        put("""
                { "kind": "LEGAL_REPRESENTATIVE", "country": "%s", "name": "Example Ltd" }""".formatted(country))
                .then().statusCode(201)
                .body("country", equalTo(country));
    }

    @Test
    void theKindMustBeOneOfTheTwo() {
        put("""
                { "kind": "BRANCH", "country": "IE", "name": "Example Ltd" }""")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("kind")))
                .body("violations[0].message",
                        equalTo("must be one of DESIGNATED_ESTABLISHMENT, LEGAL_REPRESENTATIVE"));
        put("""
                { "kind": "designated_establishment", "country": "IE", "name": "Example Ltd" }""")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("kind")));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);
    }

    @Test
    void theNameMustNotBeBlankNorLongerThan200Characters() {
        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "  " }""")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("name")));
        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "%s" }""".formatted("x".repeat(201)))
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("name")))
                .body("violations[0].message", containsString("200"));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);

        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "%s" }""".formatted("x".repeat(200)))
                .then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u00a0", "\\u2007\\u202f", "\\u00a0\\u3000", "\\u200b", "\\u0085", "\\u2003",
        " \\u2028\\t"})
    void aNameOfUnicodeWhiteSpaceOnlyIsBlank(String name) {
        // @NotBlank (String.isBlank) refuses an em space, but not the no-break spaces, which Java does not count as
        // white space, nor invisible format or control characters.
        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "%s" }""".formatted(name))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:invalid-request"))
                .body("violations.field", equalTo(List.of("name")))
                .body("violations[0].message", equalTo("must not be blank"));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A\\ud800", "\\udc00A", "Example \\ude00\\ud83d Ltd"})
    void aNameWithAnUnpairedSurrogateIsNamed(String name) {
        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "%s" }""".formatted(name))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("name")))
                .body("violations[0].message", containsString("unpaired UTF-16 surrogate"));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);
    }

    @Test
    void aNulCharacterInThePathIsARequestProblemNotAServerError() {
        // Sent as a client writes it, %00 on the request line (RestAssured would encode the % itself).
        for (Response answer : List.of(
                As.operator().urlEncodingEnabled(false).when().get("/api/v1/providers/x%00/addressee"),
                As.provider(provider).urlEncodingEnabled(false).when().delete("/api/v1/providers/x%00/addressee"))) {
            answer.then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("provider")));
        }
    }

    @Test
    void missingFieldsAreReportedTogether() {
        put("{}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("country", "kind", "name")));
    }

    @Test
    void aMissingBodyIsNamed() {
        As.provider(provider).contentType(ContentType.JSON).when().put(ADDRESSEE, provider)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("body")));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);
    }

    @Test
    void unknownFieldsAndMalformedJsonAreNamed() {
        put("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "Example Ltd", "vat": "IE123" }""")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("vat"))
                .body("violations[0].message", containsString("unknown field"));
        put("{ \"kind\": ")
                .then().statusCode(400)
                .body("type", equalTo("urn:lexroute:problem:malformed-json"));
        As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(404);
    }

    @Test
    void aBadProviderInThePathIsNamed() {
        As.provider(provider).contentType(ContentType.JSON).body(IRISH_ESTABLISHMENT)
                .when().put(ADDRESSEE, "Not A Provider")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("provider")));
    }

    @Test
    void theApiDocumentsTheEndpoint() {
        String path = "paths.'" + ADDRESSEE + "'";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(path + ".put.responses.'201'.content.'application/json'.schema", notNullValue())
                .body(path + ".put.responses.'400'.content.'application/problem+json'.schema", notNullValue())
                .body(path + ".get.responses.'404'.content.'application/problem+json'.schema", notNullValue())
                .body(path + ".delete.responses.'403'.content.'application/problem+json'.schema", notNullValue());
    }

    /** A problem without what only repeats the request: its path, and the provider's name in the detail. */
    private static Map<String, Object> asked(Response problem, String provider) {
        Map<String, Object> body = AccessChecks.withoutInstance(problem);
        body.put("detail", String.valueOf(body.get("detail")).replace(provider, "{provider}"));
        return body;
    }

    private Response put(String body) {
        return As.provider(provider).contentType(ContentType.JSON).body(body).when().put(ADDRESSEE, provider);
    }
}
