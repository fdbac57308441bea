package io.lexroute.intake.api;

import io.lexroute.contracts.OrderStatus;
import io.lexroute.intake.domain.OrderQuery;
import io.lexroute.intake.domain.OrderScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the query parameters of the order list, naming each bad one (JAX-RS would answer 404 to a bad enum). */
final class ListParameters {

    private ListParameters() {
    }

    static OrderQuery parse(OrderScope scope, String status, String page, String size) {
        List<Violation> violations = new ArrayList<>();
        OrderStatus parsedStatus = parseStatus(status, violations);
        List<Violation> sizeViolations = new ArrayList<>();
        int parsedSize = parseInt("size", size, OrderQuery.DEFAULT_SIZE, 1, OrderQuery.MAX_SIZE, sizeViolations);
        // The query skips page * size rows, an int: a later page would overflow into a negative or a wrong offset.
        int parsedPage = parseInt("page", page, 0, 0, Integer.MAX_VALUE / parsedSize, violations);
        violations.addAll(sizeViolations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new OrderQuery(scope, parsedStatus, parsedPage, parsedSize);
    }

    private static OrderStatus parseStatus(String status, List<Violation> violations) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("status", "must be one of " + Arrays.toString(OrderStatus.values())));
            return null;
        }
    }

    private static int parseInt(String name, String text, int absent, int min, int max, List<Violation> violations) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        violations.add(new Violation(name, "must be an integer from " + min + (max == Integer.MAX_VALUE ? " up"
                : " to " + max)));
        return absent;
    }
}
