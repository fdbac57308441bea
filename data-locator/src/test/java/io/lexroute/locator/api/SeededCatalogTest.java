package io.lexroute.locator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.locator.domain.IdentifierKey;
import io.lexroute.locator.persistence.IdentifierEntity;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo catalog of V2 must agree with the example cases and with how identifiers are matched; V4 seeds the demo
 * providers' addressees.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class SeededCatalogTest {

    private static final String SEEDED_AT = "2026-01-01T00:00:00Z";
    private static final List<String> CASES = List.of("be-skype-2017", "data-not-held", "eevid-content-notify-2026",
            "eevid-content-prosecutor-2026", "eevid-subscriber-2026", "us-msft-ie-2016");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void puttingTheCasesCatalogEntriesAgainChangesNothing() throws IOException {
        List<JsonNode> entries = catalogEntriesOfCases();
        assertThat(entries).hasSize(5);
        for (JsonNode entry : entries) {
            String path = "/api/v1/providers/{provider}/accounts/{accountId}";
            String provider = entry.get("provider").asText();
            String accountId = entry.get("accountId").asText();

            As.provider(provider).contentType(ContentType.JSON).body(entry.get("body").toString())
                    .when().put(path, provider, accountId)
                    .then().statusCode(200)
                    .body("updatedAt", equalTo(SEEDED_AT));

            JsonNode stored = json.readTree(As.provider(provider).when().get(path, provider, accountId)
                    .then().statusCode(200).extract().asString());
            assertThat(stored.get("identifiers")).isEqualTo(entry.get("body").get("identifiers"));
            assertThat(stored.get("locations")).isEqualTo(entry.get("body").get("locations"));
        }
    }

    @Test
    void theAccountOfTheNotHeldCaseIsAbsent() {
        As.provider("skype").when().get("/api/v1/providers/skype/accounts").then().statusCode(200)
                .body("accounts.identifiers.flatten().value.contains('live:nobody.here')", equalTo(false));
    }

    @Test
    void theDemoProvidersAddresseesAreSeeded() {
        As.operator().when().get("/api/v1/providers/microsoft/addressee").then().statusCode(200)
                .body("kind", equalTo("DESIGNATED_ESTABLISHMENT"))
                .body("country", equalTo("IE"))
                .body("name", equalTo("Microsoft Ireland Operations Ltd"))
                .body("updatedAt", equalTo(SEEDED_AT));
        As.operator().when().get("/api/v1/providers/skype/addressee").then().statusCode(200)
                .body("kind", equalTo("DESIGNATED_ESTABLISHMENT"))
                .body("country", equalTo("LU"))
                .body("name", equalTo("Skype Communications S.\u00e0 r.l."))
                .body("updatedAt", equalTo(SEEDED_AT));
    }

    @Test
    @Transactional
    void seededIdentifiersAreStoredInTheirMatchedForm() {
        List<IdentifierEntity> seeded = IdentifierEntity.list("providerId in ?1", List.of("skype", "microsoft"));
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(15);
        for (IdentifierEntity identifier : seeded) {
            assertThat(identifier.matchValue)
                    .as("match value of %s %s", identifier.type, identifier.value)
                    .isEqualTo(IdentifierKey.of(identifier.type, identifier.value).matchValue());
        }
    }

    private List<JsonNode> catalogEntriesOfCases() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (String name : CASES) {
            try (InputStream in = getClass().getResourceAsStream("/cases/" + name + ".json")) {
                json.readTree(in).get("catalog").forEach(entries::add);
            }
        }
        return entries;
    }
}
