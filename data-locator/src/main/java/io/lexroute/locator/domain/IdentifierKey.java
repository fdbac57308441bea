package io.lexroute.locator.domain;

import io.lexroute.contracts.TargetType;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The form under which an identifier is matched: e-mail addresses, user names and IP addresses compare without
 * regard to case; phone numbers without their separators and with a leading international prefix {@code 00} written
 * {@code +}. A national trunk prefix (a single leading {@code 0}) is kept: which country it stands for is not known.
 * Two identifiers with the same key are the same identifier.
 */
public record IdentifierKey(TargetType type, String matchValue) {

    /** ASCII white space, {@code /}, {@code (}, {@code )}, {@code .} and {@code -}; V5 removes the same in SQL. */
    private static final Pattern PHONE_SEPARATOR = Pattern.compile("[\\s/().-]");
    private static final Pattern PHONE_NUMBER = Pattern.compile("[ /().-]*\\+?[ /().-]*[0-9][0-9 /().-]*");

    public IdentifierKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(matchValue, "matchValue");
    }

    public static IdentifierKey of(TargetType type, String value) {
        String trimmed = value.strip();
        String matchValue = switch (type) {
            case EMAIL, USERNAME, IP_ADDRESS -> trimmed.toLowerCase(Locale.ROOT);
            case PHONE -> phoneMatchValue(trimmed);
            case ACCOUNT_ID -> trimmed;
        };
        return new IdentifierKey(type, matchValue);
    }

    /**
     * Whether the catalog accepts {@code value} as a phone number: at least one digit, at most one {@code +} before
     * the first digit, and no other character than spaces, {@code /}, {@code (}, {@code )}, {@code .} and {@code -};
     * white space around it is stripped, as for matching.
     */
    public static boolean isPhoneNumber(String value) {
        return value != null && PHONE_NUMBER.matcher(value.strip()).matches();
    }

    private static String phoneMatchValue(String phone) {
        String compact = PHONE_SEPARATOR.matcher(phone).replaceAll("");
        return compact.startsWith("00") ? "+" + compact.substring(2) : compact;
    }
}
