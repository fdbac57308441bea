package io.lexroute.resolver.rulebook;

import java.util.Set;

/**
 * A clash between the regime and the law of the States in {@code storageCountries}, sending such locations to legal
 * review. When {@code subjectResidenceOutside} is not empty, the clash only arises for a person who does not reside
 * in one of those countries (or whose residence is unknown).
 */
public record KnownConflict(
        RuleHeader header,
        Scope scope,
        Set<String> storageCountries,
        Set<String> subjectResidenceOutside) implements Rule {

    public KnownConflict {
        storageCountries = Set.copyOf(storageCountries);
        subjectResidenceOutside = Set.copyOf(subjectResidenceOutside);
    }

    public boolean concernsSubjectResidingIn(String residenceCountry) {
        return subjectResidenceOutside.isEmpty()
                || residenceCountry == null
                || !subjectResidenceOutside.contains(residenceCountry);
    }
}
