package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Redirect;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The response-gateway's mechanical rule, restated here so the tests can check outcomes per storage location. */
final class GatewayRule {

    record LocationOutcome(DataCategory dataCategory, String location, Outcome outcome, List<Ground> grounds) {
    }

    private GatewayRule() {
    }

    static List<LocationOutcome> decide(Assessment assessment, Map<DataCategory, List<String>> locations) {
        List<LocationOutcome> outcomes = new ArrayList<>();
        for (CategoryAssessment category : assessment.categories()) {
            List<String> countries = locations.getOrDefault(category.dataCategory(), List.of());
            if (countries.isEmpty()) {
                outcomes.add(new LocationOutcome(category.dataCategory(), null, Outcome.REFUSE,
                        List.of(new Ground("DATA_NOT_HELD", "-", "The provider holds no such data."))));
            }
            for (String country : countries) {
                outcomes.add(decide(category, country));
            }
        }
        return outcomes;
    }

    static LocationOutcome decide(CategoryAssessment category, String country) {
        DataCategory dataCategory = category.dataCategory();
        return switch (category.disposition()) {
            case REFUSED -> new LocationOutcome(dataCategory, country, Outcome.REFUSE, category.grounds());
            case NO_APPLICABLE_RULE ->
                    new LocationOutcome(dataCategory, country, Outcome.LEGAL_REVIEW, category.grounds());
            case PERMITTED, PRESERVE -> permitted(category, country);
        };
    }

    private static LocationOutcome permitted(CategoryAssessment category, String country) {
        DataCategory dataCategory = category.dataCategory();
        if (category.doctrine() == TerritorialDoctrine.STORAGE_LOCATION
                && !category.reachableCountries().contains(country)) {
            Ground ground = redirectFor(category.redirects(), country).orElseThrow();
            return new LocationOutcome(dataCategory, country, Outcome.REDIRECT, List.of(ground));
        }
        Optional<Ground> conflict = category.conflicts().stream()
                .filter(c -> c.storageCountries().contains(country))
                .map(Assessment.Conflict::ground)
                .findFirst();
        if (conflict.isPresent()) {
            return new LocationOutcome(dataCategory, country, Outcome.LEGAL_REVIEW, List.of(conflict.get()));
        }
        if (category.disposition() == Assessment.Disposition.PRESERVE) {
            return new LocationOutcome(dataCategory, country, Outcome.PRESERVE, category.grounds());
        }
        if (category.hold() != null && category.hold().suspendsRelease()) {
            return new LocationOutcome(dataCategory, country, Outcome.HOLD, List.of(category.hold().ground()));
        }
        return new LocationOutcome(dataCategory, country, Outcome.RELEASE, category.grounds());
    }

    private static Optional<Ground> redirectFor(List<Redirect> redirects, String country) {
        Optional<Ground> exact = redirects.stream().filter(r -> r.country().equals(country))
                .map(Redirect::ground).findFirst();
        return exact.isPresent() ? exact : redirects.stream().filter(r -> r.country().equals("*"))
                .map(Redirect::ground).findFirst();
    }
}
