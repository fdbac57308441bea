package io.lexroute.contracts;

import java.util.Set;

/**
 * The Member States taking part in Regulation (EU) 2023/1543, by ISO 3166-1 alpha-2 code (Greece is GR there, not
 * the Union's own EL): all but Denmark, as the resolver's rulebook has it (its list {@code EEVID_STATES}, which a test
 * keeps equal to this one). Only they issue European Production and Preservation Orders and only they can be an
 * enforcing State, so a provider's addressee of orders must be in one of them.
 */
public final class EevidStates {

    public static final Set<String> TAKING_PART = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private EevidStates() {
    }

    public static boolean takesPart(String country) {
        return country != null && TAKING_PART.contains(country);
    }
}
