package io.lexroute.gateway.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision.CategoryOutcome;

/** Names one outcome of a decision: a data category at a storage country (null where nothing is held). */
public record OutcomeKey(DataCategory dataCategory, String location) {

    public static OutcomeKey of(CategoryOutcome outcome) {
        return new OutcomeKey(outcome.dataCategory(), outcome.location());
    }

    @Override
    public String toString() {
        return dataCategory + "@" + location;
    }
}
