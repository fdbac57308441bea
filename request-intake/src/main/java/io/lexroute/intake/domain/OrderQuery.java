package io.lexroute.intake.domain;

import io.lexroute.contracts.OrderStatus;
import java.util.Objects;

/**
 * Which orders to list, newest first.
 *
 * @param scope  whose orders: an authority's own, or every order
 * @param status null for every status
 * @param page   zero-based page index
 * @param size   orders per page, 1 to {@link #MAX_SIZE}
 */
public record OrderQuery(OrderScope scope, OrderStatus status, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public OrderQuery {
        Objects.requireNonNull(scope, "scope");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
