package io.lexroute.gateway.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads path and query parameters and headers, naming the one in the problem when it is invalid. */
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

    /** A page size from 1 to {@code largest}; {@code largest} when absent. */
    static int pageSize(String value, int largest, String field) {
        if (value == null || value.isBlank()) {
            return largest;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= largest) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, as a size out of range is
        }
        throw new InvalidRequestException(field, "must be a whole number from 1 to " + largest);
    }

    /** A zero-based page number (0 when absent) whose first row's offset a query can still reach. */
    static int page(String value, int pageSize, String field) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int page;
        try {
            page = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a whole number from 0");
        }
        if (page < 0) {
            throw new InvalidRequestException(field, "must be a whole number from 0");
        }
        // The page is read with one row more than it holds, so that row's offset must fit an int too.
        int lastPage = (Integer.MAX_VALUE - 1) / pageSize - 1;
        if (page > lastPage) {
            throw new InvalidRequestException(field, "must be at most " + lastPage);
        }
        return page;
    }

    static <E extends Enum<E>> Optional<E> optionalEnum(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(enumValue(value, type, field));
    }

    /**
     * The constants named by a parameter given once or more, each value naming one or several separated by commas
     * ({@code status=OPEN&status=HELD}, {@code status=OPEN,HELD}); none when it is absent.
     */
    static <E extends Enum<E>> Set<E> enumSet(List<String> values, Class<E> type, String field) {
        Set<E> constants = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .forEach(name -> constants.add(enumValue(name, type, field)));
        }
        return constants;
    }

    private static <E extends Enum<E>> E enumValue(String value, Class<E> type, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * The task revision an {@code If-Match} names: {@code "3"} (or {@code 3}, or weak, {@code W/"3"}); none for a
     * request without one, or with {@code *} (any revision will do).
     */
    static Integer taskRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int revision = Integer.parseInt(tag);
            if (revision > 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(HttpHeaders.IF_MATCH,
                "must name one task revision, as the task's revision field gives it, e.g. \"2\"");
    }
}
