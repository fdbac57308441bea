package io.lexroute.gateway.api;

import java.util.UUID;

class DecisionNotFoundException extends RuntimeException {

    DecisionNotFoundException(UUID orderId) {
        super("No decision has been reached on order " + orderId + ".");
    }
}
