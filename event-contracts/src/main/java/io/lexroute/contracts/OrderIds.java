package io.lexroute.contracts;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Order ids as they appear in URLs: only the canonical 36-character UUID form names an order ({@code 1-1-1-1-1}, which
 * {@link UUID#fromString} takes, does not). Every service that reads an order id from a path reads it so.
 */
public final class OrderIds {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private OrderIds() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
