package io.lexroute.contracts;

/** An order's overall status as the government portal sees it. */
public enum OrderStatus {
    RECEIVED,
    ASSESSED,
    LOCATED,
    RELEASED,
    PARTIALLY_RELEASED,
    REFUSED,
    REDIRECTED,
    ON_HOLD,
    IN_LEGAL_REVIEW,
    DELIVERED,
    /** Nothing is released: the provider preserves the data until the expiry each {@code PRESERVE} outcome states. */
    PRESERVED
}
