package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.Assessment.TerritorialDoctrine;

import java.util.Set;

/**
 * Where the regime considers the data to be. Under {@link TerritorialDoctrine#STORAGE_LOCATION} only data stored in
 * {@code reachableCountries} can be served; elsewhere the order is redirected with {@code outsideReachCode}.
 */
public record TerritorialDoctrineRule(
        RuleHeader header,
        Scope scope,
        TerritorialDoctrine doctrine,
        Set<String> reachableCountries,
        String outsideReachCode) implements Rule {

    public TerritorialDoctrineRule {
        reachableCountries = Set.copyOf(reachableCountries);
    }
}
