package io.lexroute.resolver.rulebook;

import java.util.Set;

/**
 * The regime forbids targeting a person who resides in {@code forbiddenSubjectResidence}: such an order is refused,
 * or sent to a person where {@code reviewWhenForbidden} (the restriction binds only some orders of the regime, and
 * the order does not show whether it is one of them). When the order does not say where the person resides,
 * {@code reviewWhenResidenceUnknown} sends it to a person.
 */
public record TargetingRestriction(
        RuleHeader header,
        Scope scope,
        Set<String> forbiddenSubjectResidence,
        boolean reviewWhenForbidden,
        boolean reviewWhenResidenceUnknown) implements Rule {

    public TargetingRestriction {
        forbiddenSubjectResidence = Set.copyOf(forbiddenSubjectResidence);
    }

    public boolean forbids(String residenceCountry) {
        return residenceCountry != null && forbiddenSubjectResidence.contains(residenceCountry);
    }
}
