package io.lexroute.intake.domain;

import java.util.UUID;

/** The idempotency key was already used for a different order. */
public class IdempotencyConflictException extends RuntimeException {

    private final UUID existingOrderId;

    public IdempotencyConflictException(UUID existingOrderId) {
        super("the Idempotency-Key was already used for another order");
        this.existingOrderId = existingOrderId;
    }

    public UUID existingOrderId() {
        return existingOrderId;
    }
}
