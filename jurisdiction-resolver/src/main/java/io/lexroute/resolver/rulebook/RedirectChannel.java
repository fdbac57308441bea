package io.lexroute.resolver.rulebook;

/**
 * The channel through which an authority of {@code issuingCountries} under {@code regime} can obtain data stored in
 * {@code toCountries}.
 */
public record RedirectChannel(RuleHeader header, String regime, NameSet issuingCountries, NameSet toCountries,
        String channel) implements Rule {

    public boolean servesOrdersFrom(String regime, String issuingCountry) {
        return this.regime.equals(regime) && issuingCountries.contains(issuingCountry);
    }
}
