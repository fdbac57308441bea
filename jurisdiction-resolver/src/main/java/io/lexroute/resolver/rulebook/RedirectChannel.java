package io.lexroute.resolver.rulebook;

/** The channel through which an authority under {@code regime} can obtain data stored in {@code toCountries}. */
public record RedirectChannel(RuleHeader header, String regime, NameSet toCountries, String channel)
        implements Rule {
}
