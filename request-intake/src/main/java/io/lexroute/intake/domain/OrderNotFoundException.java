package io.lexroute.intake.domain;

/** No order has this id (or the id is not one). */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String id) {
        super("no order " + id);
    }
}
