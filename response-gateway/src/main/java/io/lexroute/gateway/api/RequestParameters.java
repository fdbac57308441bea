package io.lexroute.gateway.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads path and query parameters, naming the parameter in the problem when one is invalid. */
final class RequestParameters {

    private RequestParameters() {
    }

    static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(field, "must be a UUID");
        }
    }

    static Optional<UUID> optionalUuid(String value, String field) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(uuid(value, field));
    }

    static <E extends Enum<E>> Optional<E> optionalEnum(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
