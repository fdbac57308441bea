package io.lexroute.resolver.rulebook;

import java.util.Set;

/**
 * The regime forbids targeting a person who resides in {@code forbiddenSubjectResidence}: such an order is refused.
 * When the order does not say where the person resides, {@code reviewWhenResidenceUnknown} sends it to a person.
 */
public record TargetingRestriction(
        RuleHeader header,
        Scope scope,
        Set<String> forbiddenSubjectResidence,
        boolean reviewWhenResidenceUnknown) implements Rule {

    public TargetingRestriction {
        forbiddenSubjectResidence = Set.copyOf(forbiddenSubjectResidence);
    }

    public boolean forbids(String residenceCountry) {
        return residenceCountry != null && forbiddenSubjectResidence.contains(residenceCountry);
    }
}
