package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.OffenceCategory;
import io.lexroute.contracts.Order;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One way an offence qualifies for the scope's data categories. Several threshold rules for the same category are
 * alternatives: meeting any of them is enough.
 */
public record OffenceThreshold(
        RuleHeader header,
        Scope scope,
        boolean anyOffence,
        Integer minimumMaxSentenceMonths,
        Set<OffenceCategory> listedOffences) implements Rule {

    public OffenceThreshold {
        listedOffences = Set.copyOf(listedOffences);
    }

    public boolean isMetBy(Order.Offence offence) {
        if (anyOffence) {
            return true;
        }
        if (offence == null) {
            return false;
        }
        return meetsSentence(offence.maxCustodialSentenceMonths()) || isListed(offence.categories());
    }

    private boolean meetsSentence(Integer maxCustodialSentenceMonths) {
        return minimumMaxSentenceMonths != null
                && maxCustodialSentenceMonths != null
                && maxCustodialSentenceMonths >= minimumMaxSentenceMonths;
    }

    /** A category left null names no offence (and Set.copyOf's set would throw on looking one up). */
    private boolean isListed(List<OffenceCategory> categories) {
        return categories != null && categories.stream().filter(Objects::nonNull).anyMatch(listedOffences::contains);
    }
}
