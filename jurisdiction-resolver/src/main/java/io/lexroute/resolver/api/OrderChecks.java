package io.lexroute.resolver.api;

import io.lexroute.contracts.IssueDates;
import io.lexroute.contracts.Order;
import io.lexroute.resolver.api.Problem.Violation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The least an order needs to be judged at all. Anything else that is missing or unknown is not an error: the
 * rulebook answers it with NO_APPLICABLE_RULE.
 */
final class OrderChecks {

    private OrderChecks() {
    }

    static List<Violation> violations(Order order, Clock clock) {
        List<Violation> violations = new ArrayList<>();
        if (order == null) {
            violations.add(new Violation("body", "an order is required"));
            return violations;
        }
        if (order.issuedAt() == null) {
            violations.add(new Violation("issuedAt", "is required: the law in force on that date applies"));
        } else {
            IssueDates.problemWith(order.issuedAt(), clock)
                    .ifPresent(problem -> violations.add(new Violation("issuedAt", problem)));
        }
        if (order.dataCategories() == null || order.dataCategories().isEmpty()) {
            violations.add(new Violation("dataCategories", "must name at least one data category"));
        } else {
            nulls("dataCategories", order.dataCategories(), "must be a data category, not null", violations);
        }
        if (order.offence() != null && order.offence().categories() != null) {
            nulls("offence.categories", order.offence().categories(), "must be an offence category, not null",
                    violations);
        }
        return violations;
    }

    /** A null in a list is a mistake of the sender, not a value to drop or to judge. */
    private static void nulls(String field, List<?> values, String message, List<Violation> violations) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                violations.add(new Violation(field + "[" + i + "]", message));
            }
        }
    }
}
