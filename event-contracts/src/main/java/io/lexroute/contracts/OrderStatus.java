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
    /**
     * Nothing is released: the provider is to preserve the data until the expiry each {@code PRESERVE} outcome states
     * (it confirms that it does to response-gateway, and the order closes once it has).
     */
    PRESERVED
}
