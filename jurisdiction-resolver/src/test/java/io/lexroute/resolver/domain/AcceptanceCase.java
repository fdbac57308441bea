package io.lexroute.resolver.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One of the shared example cases, copied into src/test/resources/cases so the build does not need shared/. */
record AcceptanceCase(
        String id,
        Order order,
        Map<DataCategory, List<String>> locations,
        Set<ExpectedOutcome> expectedOutcomes,
        List<String> citationsMention) {

    record ExpectedOutcome(DataCategory dataCategory, String location, Outcome outcome) {
    }

    static final List<String> FILES = List.of(
            "be-skype-2017.json",
            "data-not-held.json",
            "eevid-content-notify-2026.json",
            "eevid-content-prosecutor-2026.json",
            "eevid-subscriber-2026.json",
            "us-msft-ie-2016.json");

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static AcceptanceCase load(String file) {
        try (InputStream in = AcceptanceCase.class.getClassLoader().getResourceAsStream("cases/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource cases/" + file);
            }
            JsonNode root = JSON.readTree(in);
            Order order = JSON.treeToValue(root.get("order"), Order.class);
            return new AcceptanceCase(root.get("id").asText(), order, locations(root.get("catalog"), order),
                    expectedOutcomes(root.get("expect").get("outcomes")),
                    JSON.convertValue(root.get("expect").get("citationsMention"),
                            JSON.getTypeFactory().constructCollectionType(List.class, String.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The storage countries per category of the catalog accounts that match one of the order's targets. */
    private static Map<DataCategory, List<String>> locations(JsonNode catalog, Order order) {
        Set<String> targets = new HashSet<>();
        order.targets().forEach(target -> targets.add(target.type() + ":" + target.value()));
        Map<DataCategory, List<String>> locations = new EnumMap<>(DataCategory.class);
        for (JsonNode account : catalog) {
            if (!account.get("provider").asText().equals(order.provider()) || !matches(account, targets)) {
                continue;
            }
            for (JsonNode location : account.get("body").get("locations")) {
                locations.computeIfAbsent(DataCategory.valueOf(location.get("dataCategory").asText()),
                        category -> new ArrayList<>()).add(location.get("country").asText());
            }
        }
        return locations;
    }

    private static boolean matches(JsonNode account, Set<String> targets) {
        for (JsonNode identifier : account.get("body").get("identifiers")) {
            if (targets.contains(identifier.get("type").asText() + ":" + identifier.get("value").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Set<ExpectedOutcome> expectedOutcomes(JsonNode outcomes) {
        Set<ExpectedOutcome> expected = new HashSet<>();
        for (JsonNode outcome : outcomes) {
            JsonNode location = outcome.get("location");
            expected.add(new ExpectedOutcome(DataCategory.valueOf(outcome.get("dataCategory").asText()),
                    location == null || location.isNull() ? null : location.asText(),
                    Outcome.valueOf(outcome.get("outcome").asText())));
        }
        return expected;
    }

    @Override
    public String toString() {
        return id;
    }
}
