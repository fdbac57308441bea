package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;

import java.util.Set;

/** The regime a rule belongs to and the instruments and data categories it covers (empty = all of them). */
public record Scope(String regime, Set<Instrument> instruments, Set<DataCategory> dataCategories) {

    public Scope {
        instruments = Set.copyOf(instruments);
        dataCategories = Set.copyOf(dataCategories);
    }

    public boolean covers(String regime, Instrument instrument) {
        return this.regime.equals(regime)
                && (instruments.isEmpty() || (instrument != null && instruments.contains(instrument)));
    }

    public boolean covers(String regime, Instrument instrument, DataCategory category) {
        return covers(regime, instrument) && covers(category);
    }

    public boolean covers(DataCategory category) {
        return dataCategories.isEmpty() || (category != null && dataCategories.contains(category));
    }
}
