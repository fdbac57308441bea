package io.lexroute.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.outbox.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example cases (copies of shared/cases) decided from their catalog entries and a matching assessment. */
class ExampleCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"be-skype-2017", "data-not-held", "eevid-content-notify-2026",
            "eevid-content-prosecutor-2026", "eevid-subscriber-2026", "us-msft-ie-2016"})
    void reachesTheExpectedStatusOutcomesAndCitations(String caseId) throws IOException {
        JsonNode example = read(caseId);
        OrderLocated located = located(caseId, example);

        Verdict verdict = DecisionMaker.decide(located, Instant.parse("2026-11-02T00:00:00Z"));

        JsonNode expect = example.get("expect");
        assertThat(verdict.status()).isEqualTo(OrderStatus.valueOf(expect.get("status").asText()));
        List<String> expected = new ArrayList<>();
        expect.get("outcomes").forEach(outcome -> expected.add(outcome.get("dataCategory").asText() + "@"
                + (outcome.get("location").isNull() ? null : outcome.get("location").asText()) + "="
                + outcome.get("outcome").asText()));
        assertThat(verdict.decision().outcomes())
                .extracting(outcome -> outcome.dataCategory() + "@" + outcome.location() + "=" + outcome.outcome())
                .containsExactlyElementsOf(expected);
        List<String> citations = verdict.decision().outcomes().stream()
                .map(CategoryOutcome::grounds).flatMap(List::stream).map(Ground::citation).toList();
        expect.get("citationsMention").forEach(mention ->
                assertThat(citations).anySatisfy(citation -> assertThat(citation).contains(mention.asText())));
    }

    /** What the data-locator reports for the case: its catalog entries matched against the order's targets. */
    private static OrderLocated located(String caseId, JsonNode example) throws IOException {
        Order order = EventJson.mapper().treeToValue(example.get("order"), Order.class);
        List<StorageLocation> locations = new ArrayList<>();
        List<Order.Target> matched = new ArrayList<>();
        for (JsonNode entry : example.get("catalog")) {
            JsonNode body = entry.get("body");
            for (JsonNode identifier : body.get("identifiers")) {
                Order.Target target = EventJson.mapper().treeToValue(identifier, Order.Target.class);
                if (order.targets().contains(target)) {
                    matched.add(target);
                }
            }
            for (JsonNode location : body.get("locations")) {
                StorageLocation stored = new StorageLocation(
                        DataCategory.valueOf(location.get("dataCategory").asText()), location.get("country").asText(),
                        location.get("site").asText(), location.get("custodian").asText(),
                        StorageLocation.Role.valueOf(location.get("role").asText()), entry.get("accountId").asText());
                if (order.dataCategories().contains(stored.dataCategory())) {
                    locations.add(stored);
                }
            }
        }
        List<Order.Target> unmatched = order.targets().stream().filter(target -> !matched.contains(target)).toList();
        return new OrderLocated(UUID.randomUUID(), order, CaseAssessments.of(caseId, order.issuedAt()), locations,
                unmatched, Instant.parse("2026-11-01T12:00:00Z"));
    }

    private static JsonNode read(String caseId) throws IOException {
        try (InputStream in = ExampleCasesTest.class.getResourceAsStream("/cases/" + caseId + ".json")) {
            return EventJson.mapper().readTree(in);
        }
    }
}
