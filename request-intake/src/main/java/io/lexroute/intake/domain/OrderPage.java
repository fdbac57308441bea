package io.lexroute.intake.domain;

import java.util.List;

/** A page of orders, newest first. */
public record OrderPage(List<OrderSummary> items, int page, int size, long totalItems, long totalPages) {

    public static OrderPage of(List<OrderSummary> items, OrderQuery query, long totalItems) {
        return new OrderPage(items, query.page(), query.size(), totalItems,
                (totalItems + query.size() - 1) / query.size());
    }
}
