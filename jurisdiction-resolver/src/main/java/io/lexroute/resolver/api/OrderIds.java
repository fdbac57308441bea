package io.lexroute.resolver.api;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Order ids as they appear in URLs, read as request-intake reads them: only the canonical 36-character form of a UUID
 * names an order; {@code 1-1-1-1-1}, which {@link UUID#fromString} takes, does not.
 */
final class OrderIds {

    static final String PARAMETER = "orderId";
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private OrderIds() {
    }

    static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
