package io.lexroute.locator.domain;

import io.lexroute.contracts.TargetType;
import java.util.Locale;
import java.util.Objects;

/**
 * The form under which an identifier is matched: e-mail addresses, user names and IP addresses compare without
 * regard to case, phone numbers without their separators. Two identifiers with the same key are the same identifier.
 */
public record IdentifierKey(TargetType type, String matchValue) {

    public IdentifierKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(matchValue, "matchValue");
    }

    public static IdentifierKey of(TargetType type, String value) {
        String trimmed = value.strip();
        String matchValue = switch (type) {
            case EMAIL, USERNAME, IP_ADDRESS -> trimmed.toLowerCase(Locale.ROOT);
            case PHONE -> trimmed.replaceAll("[\\s().-]", "");
            case ACCOUNT_ID -> trimmed;
        };
        return new IdentifierKey(type, matchValue);
    }
}
