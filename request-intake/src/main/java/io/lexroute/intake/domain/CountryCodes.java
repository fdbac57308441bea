package io.lexroute.intake.domain;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class CountryCodes {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** True for an assigned code in upper case ({@code BE}); false for {@code be}, {@code BEL} or {@code XX}. */
    public static boolean isAlpha2(String code) {
        return code != null && ALPHA_2.contains(code);
    }
}
