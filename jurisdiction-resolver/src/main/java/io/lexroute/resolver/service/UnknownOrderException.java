package io.lexroute.resolver.service;

import java.util.UUID;

/** No assessment of the order exists. */
public class UnknownOrderException extends RuntimeException {

    public UnknownOrderException(UUID orderId) {
        super("No assessment of order " + orderId + ".");
    }
}
