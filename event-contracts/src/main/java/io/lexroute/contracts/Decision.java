package io.lexroute.contracts;

import java.time.Instant;
import java.util.List;

/** The response-gateway's answer: one outcome per data category and storage location. */
public record Decision(List<CategoryOutcome> outcomes, String rulebookVersion, Instant decidedAt) {

    /**
     * {@code location} is null where the provider holds nothing for the category; {@code preservationExpiresAt}
     * is set only on a {@link Outcome#PRESERVE} outcome.
     */
    public record CategoryOutcome(
            DataCategory dataCategory,
            String location,
            Outcome outcome,
            List<Ground> grounds,
            Instant preservationExpiresAt) {

        /** An outcome that preserves nothing. */
        public CategoryOutcome(DataCategory dataCategory, String location, Outcome outcome, List<Ground> grounds) {
            this(dataCategory, location, outcome, grounds, null);
        }
    }
}
