package io.lexroute.intake.domain;

import io.lexroute.contracts.OrderStatus;
import java.util.UUID;

/** The answer to an order was asked for before the order was decided. */
public class OrderNotDecidedException extends RuntimeException {

    public OrderNotDecidedException(UUID id, OrderStatus status) {
        super("order " + id + " is not decided yet (status " + status + ")");
    }
}
