package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.Instrument;

import java.util.Set;

/**
 * Puts orders of the given instruments from the given countries under {@code regime}. A rule with
 * {@code binding = false} says the instrument exists but has no binding force, so every category is refused. A rule
 * with {@code preservationOnly} says the instrument asks the provider to preserve data, never to disclose it.
 */
public record InstrumentApplicability(
        RuleHeader header,
        String regime,
        String instrumentName,
        Set<Instrument> instruments,
        NameSet issuingCountries,
        boolean binding,
        boolean preservationOnly) implements Rule {

    public InstrumentApplicability {
        instruments = Set.copyOf(instruments);
    }

    public boolean appliesTo(Instrument instrument, String issuingCountry) {
        return instrument != null && instruments.contains(instrument) && issuingCountries.contains(issuingCountry);
    }
}
