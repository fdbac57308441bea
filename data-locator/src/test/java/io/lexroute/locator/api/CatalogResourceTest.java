package io.lexroute.locator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import io.lexroute.locator.domain.Account;
import io.lexroute.locator.domain.LocatedData;
import io.lexroute.locator.domain.LocationFinder;
import io.lexroute.locator.persistence.CatalogRepository;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class CatalogResourceTest {

    private static final String ACCOUNT = "/api/v1/providers/{provider}/accounts/{accountId}";
    private static final String VALID_BODY = """
            {
              "identifiers": [{ "type": "EMAIL", "value": "%s@example.com" }, { "type": "ACCOUNT_ID", "value": "%s" }],
              "locations": [
                { "dataCategory": "SUBSCRIBER", "country": "US", "site": "us-west-2",
                  "custodian": "Microsoft Corporation", "role": "PRIMARY" },
                { "dataCategory": "CONTENT", "country": "IE", "site": "dublin-1",
                  "custodian": "Microsoft Ireland Operations Ltd", "role": "PRIMARY" }
              ]
            }""";

    /** Each test works in a provider of its own so that the seeded catalog and other tests stay untouched. */
    private final String provider = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CatalogRepository catalog;

    @Test
    void putCreatesThenGetReturnsTheAccount() {
        As.provider(provider).contentType(ContentType.JSON).body(VALID_BODY.formatted("user", "acct-42"))
                .when().put(ACCOUNT, provider, "acct-42")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/providers/" + provider + "/accounts/acct-42"))
                .body("accountId", equalTo("acct-42"));

        As.provider(provider).when().get(ACCOUNT, provider, "acct-42")
                .then().statusCode(200)
                .body("provider", equalTo(provider))
                .body("identifiers.value", hasItems("user@example.com", "acct-42"))
                .body("locations", hasSize(2))
                .body("locations[1].country", equalTo("IE"))
                .body("locations[1].custodian", equalTo("Microsoft Ireland Operations Ltd"))
                .body("updatedAt", notNullValue());
    }

    @Test
    void putReplacesEverythingAndTheSameBodyAgainChangesNothing() {
        put("acct-1", VALID_BODY.formatted("user", "acct-1")).then().statusCode(201);
        String replacement = """
                { "identifiers": [{ "type": "PHONE", "value": "+353861234567" }],
                  "locations": [{ "dataCategory": "TRAFFIC", "country": "NL", "site": "amsterdam-2",
                                  "custodian": "Microsoft Ireland Operations Ltd", "role": "REPLICA" }] }""";

        String updatedAt = put("acct-1", replacement).then().statusCode(200)
                .body("identifiers", hasSize(1))
                .body("locations[0].role", equalTo("REPLICA"))
                .extract().path("updatedAt");
        put("acct-1", replacement).then().statusCode(200).body("updatedAt", equalTo(updatedAt));

        // The identifiers it dropped are free again for another account.
        put("acct-2", VALID_BODY.formatted("user", "acct-1")).then().statusCode(201);
    }

    @Test
    void deleteRemovesTheAccount() {
        put("gone", VALID_BODY.formatted("gone", "gone")).then().statusCode(201);

        As.provider(provider).when().delete(ACCOUNT, provider, "gone").then().statusCode(204);

        As.provider(provider).when().get(ACCOUNT, provider, "gone")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("gone"))
                .body("violations", hasSize(0));
        As.provider(provider).when().delete(ACCOUNT, provider, "gone")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listPagesThroughTheProvidersAccountsOnly() {
        put("b", VALID_BODY.formatted("b", "b")).then().statusCode(201);
        put("a", VALID_BODY.formatted("a", "a")).then().statusCode(201);
        put("c", VALID_BODY.formatted("c", "c")).then().statusCode(201);

        As.provider(provider).queryParam("page", 0).queryParam("size", 2)
                .when().get("/api/v1/providers/{provider}/accounts", provider)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("accounts.accountId", equalTo(List.of("a", "b")));
        As.provider(provider).queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/v1/providers/{provider}/accounts", provider)
                .then().statusCode(200)
                .body("accounts.accountId", equalTo(List.of("c")));
        As.provider(provider).queryParam("page", "abc").queryParam("size", 500)
                .when().get("/api/v1/providers/{provider}/accounts", provider)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("page", "size")));
    }

    @Test
    void invalidFieldsAreReportedTogetherAndNothingIsStored() {
        String body = """
                { "identifiers": [{ "type": "EMAIL", "value": " " }, { "type": "FAX", "value": "123" }],
                  "locations": [{ "dataCategory": "METADATA", "country": "XX", "site": "s",
                                  "custodian": "c", "role": "BACKUP" },
                                { "dataCategory": "CONTENT", "country": "ie", "site": "",
                                  "custodian": "c", "role": "PRIMARY" }] }""";

        put("bad", body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItems("identifiers[0].value", "identifiers[1].type",
                        "locations[0].dataCategory", "locations[0].country", "locations[0].role",
                        "locations[1].country", "locations[1].site"));

        As.provider(provider).when().get(ACCOUNT, provider, "bad").then().statusCode(404);
    }

    @Test
    void textPostgreSqlCannotStoreIsNamedNotAServerError() {
        put("nul", """
                { "identifiers": [{ "type": "USERNAME", "value": "user\\u0000" }],
                  "locations": [{ "dataCategory": "CONTENT", "country": "IE", "site": "s\\u0000",
                                  "custodian": "\\u0000", "role": "PRIMARY" }] }""")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("identifiers[0].value", "locations[0].site",
                        "locations[0].custodian"))
                .body("violations.message", everyItem(equalTo("must not contain the NUL character (U+0000)")));

        As.provider(provider).when().get(ACCOUNT, provider, "nul").then().statusCode(404);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadAndNothingIsStored() {
        String body = VALID_BODY.formatted("user", "acct-big").replace("\"us-west-2\"",
                "\"" + "x".repeat(2 * 1024 * 1024) + "\"");

        As.provider(provider).contentType(ContentType.JSON).body(body)
                .when().put(ACCOUNT, provider, "acct-big")
                .then().statusCode(413);
        As.provider(provider).when().get(ACCOUNT, provider, "acct-big").then().statusCode(404);
    }

    @Test
    void anAccountNeedsAtLeastOneIdentifier() {
        put("empty", """
                { "identifiers": [], "locations": [] }""")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("identifiers")));
        As.provider(provider).when().get(ACCOUNT, provider, "empty").then().statusCode(404);
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPath() {
        put("unknown", """
                { "identifiers": [{ "type": "EMAIL", "value": "x@example.com", "verified": true }],
                  "locations": [] }""")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("identifiers[0].verified"))
                .body("violations[0].message", containsString("unknown field"));
        As.provider(provider).when().get(ACCOUNT, provider, "unknown").then().statusCode(404);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsNamed() {
        put("typed", """
                { "identifiers": { "type": "EMAIL", "value": "x@example.com" }, "locations": [] }""")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("identifiers"))
                .body("violations[0].message", containsString("wrong JSON type"));
    }

    @Test
    void malformedJsonIsAProblem() {
        put("broken", "{ \"identifiers\": [")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:malformed-json"))
                .body("violations", hasSize(1))
                // Where the JSON broke off: inside the identifiers array.
                .body("violations[0].field", equalTo("identifiers"))
                .body("violations[0].message", containsString("not valid JSON"));
    }

    @Test
    void repeatedEntriesOfOneAccountAreRejected() {
        put("twice", """
                { "identifiers": [{ "type": "EMAIL", "value": "x@example.com" },
                                  { "type": "EMAIL", "value": "X@Example.com" }],
                  "locations": [] }""")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("identifiers[1]")));
        As.provider(provider).when().get(ACCOUNT, provider, "twice").then().statusCode(404);
    }

    @Test
    void anIdentifierOfAnotherAccountOfTheProviderIsAConflict() {
        put("owner", VALID_BODY.formatted("shared", "owner")).then().statusCode(201);

        put("intruder", """
                { "identifiers": [{ "type": "ACCOUNT_ID", "value": "intruder" },
                                  { "type": "EMAIL", "value": "Shared@Example.com" }],
                  "locations": [] }""")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("identifiers[1]"))
                .body("violations[0].message", containsString("owner"));
        As.provider(provider).when().get(ACCOUNT, provider, "intruder").then().statusCode(404);

        // The same identifier at another provider is no conflict.
        String other = provider + "-other";
        As.provider(other).contentType(ContentType.JSON).body(VALID_BODY.formatted("shared", "owner"))
                .when().put(ACCOUNT, other, "owner")
                .then().statusCode(201);
    }

    @Test
    void anOrderTargetFindsAPhoneNumberWrittenInAnotherInternationalForm() {
        put("phone", """
                { "identifiers": [{ "type": "PHONE", "value": "+32470123456" }],
                  "locations": [{ "dataCategory": "SUBSCRIBER", "country": "BE", "site": "brussels-1",
                                  "custodian": "Example SA", "role": "PRIMARY" }] }""")
                .then().statusCode(201);
        List<Order.Target> targets = List.of(new Order.Target(TargetType.PHONE, "0032 470 12 34 56"));

        // How an assessed order is located: its targets' accounts read from the catalog, then matched.
        Map<String, List<Account>> candidates = QuarkusTransaction.requiringNew()
                .call(() -> catalog.holding(Map.of(provider, LocationFinder.keysOf(targets))));
        LocatedData found = LocationFinder.locate(targets, List.of(DataCategory.SUBSCRIBER),
                candidates.getOrDefault(provider, List.of()));

        assertThat(found.unmatchedTargets()).isEmpty();
        assertThat(found.locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(tuple("phone", "BE"));
        // And the catalog takes it for the same number.
        put("other-phone", """
                { "identifiers": [{ "type": "PHONE", "value": "0032 470/12.34.56" }], "locations": [] }""")
                .then().statusCode(409)
                .body("violations[0].field", equalTo("identifiers[0]"))
                .body("violations[0].message", containsString("account phone"));
    }

    @Test
    void aPhoneIdentifierMustBeAPhoneNumber() {
        put("no-digit", """
                { "identifiers": [{ "type": "PHONE", "value": "--" },
                                  { "type": "PHONE", "value": "(+32) 470 12 34 56" },
                                  { "type": "PHONE", "value": "tel:+32470123456" },
                                  { "type": "PHONE", "value": "32+470" },
                                  { "type": "USERNAME", "value": "--" }],
                  "locations": [] }""")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:invalid-request"))
                .body("violations.field", equalTo(List.of("identifiers[0].value", "identifiers[2].value",
                        "identifiers[3].value")))
                .body("violations[0].message", containsString("must be a phone number"));
        As.provider(provider).when().get(ACCOUNT, provider, "no-digit").then().statusCode(404);
    }

    @Test
    void badPathParametersAreNamed() {
        As.provider(provider).contentType(ContentType.JSON).body(VALID_BODY.formatted("p", "p"))
                .when().put(ACCOUNT, "Not A Provider", "p")
                .then().statusCode(400)
                .body("violations.field", hasItem("provider"));
    }

    @Test
    void aNulCharacterInThePathIsARequestProblemNotAServerError() {
        put("a", VALID_BODY.formatted("a", "a")).then().statusCode(201);
        // Sent as a client writes it, %00 on the request line (RestAssured would encode the % itself).
        String account = "/api/v1/providers/" + provider + "/accounts/a%00b";
        List<io.restassured.response.Response> answers = List.of(
                As.provider(provider).urlEncodingEnabled(false).when().get(account),
                As.provider(provider).urlEncodingEnabled(false).when().delete(account),
                As.provider(provider).urlEncodingEnabled(false).contentType(ContentType.JSON)
                        .body(VALID_BODY.formatted("b", "b")).when().put(account),
                As.operator().urlEncodingEnabled(false).when().get(account));
        for (io.restassured.response.Response answer : answers) {
            answer.then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("accountId")));
        }
        for (String path : List.of("/api/v1/providers/x%00/accounts", "/api/v1/providers/x%00/accounts/a")) {
            As.operator().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("provider")));
        }
        As.provider(provider).when().get(ACCOUNT, provider, "a").then().statusCode(200);
    }

    @Test
    void textOfUnicodeWhiteSpaceOnlyIsBlank() {
        // @NotBlank (String.isBlank) refuses an em or ideographic space, but not the no-break spaces (U+00A0,
        // U+2007, U+202F), which Java does not count as white space, nor invisible format characters (U+200B).
        put("spaces", """
                { "identifiers": [{ "type": "USERNAME", "value": "\\u00a0" },
                                  { "type": "PHONE", "value": "\\u2007\\u202f" },
                                  { "type": "EMAIL", "value": "\\u3000\\u2003" }],
                  "locations": [{ "dataCategory": "CONTENT", "country": "IE", "site": "\\u200b\\u2003",
                                  "custodian": "\\u00a0\\u2028", "role": "PRIMARY" }] }""")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("identifiers[0].value", "identifiers[1].value",
                        "identifiers[2].value", "locations[0].custodian", "locations[0].site")))
                .body("violations.message", everyItem(equalTo("must not be blank")));

        As.provider(provider).when().get(ACCOUNT, provider, "spaces").then().statusCode(404);
    }

    @Test
    void textWithAnUnpairedSurrogateIsNamed() {
        put("broken", """
                { "identifiers": [{ "type": "USERNAME", "value": "A\\ud800" },
                                  { "type": "EMAIL", "value": "\\udc00x@example.com" }],
                  "locations": [{ "dataCategory": "CONTENT", "country": "IE", "site": "s\\ud800\\ud800",
                                  "custodian": "\\ude00\\ud83d", "role": "PRIMARY" }] }""")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("identifiers[0].value", "identifiers[1].value",
                        "locations[0].custodian", "locations[0].site")))
                .body("violations.message", everyItem(containsString("unpaired UTF-16 surrogate")));
        As.provider(provider).when().get(ACCOUNT, provider, "broken").then().statusCode(404);

        // A character outside the Basic Multilingual Plane, a surrogate pair, is text like any other.
        String paired = """
                { "identifiers": [{ "type": "USERNAME", "value": "A\\ud83d\\ude00" }],
                  "locations": [{ "dataCategory": "CONTENT", "country": "IE", "site": "s",
                                  "custodian": "Example \\ud83d\\ude00 Ltd", "role": "PRIMARY" }] }""";
        String updatedAt = put("paired", paired).then().statusCode(201)
                .body("identifiers[0].value", equalTo("A\ud83d\ude00"))
                .body("locations[0].custodian", equalTo("Example \ud83d\ude00 Ltd"))
                .extract().path("updatedAt");
        put("paired", paired).then().statusCode(200).body("updatedAt", equalTo(updatedAt));
    }

    private io.restassured.response.Response put(String accountId, String body) {
        return As.provider(provider).contentType(ContentType.JSON).body(body)
                .when().put(ACCOUNT, provider, accountId);
    }
}
