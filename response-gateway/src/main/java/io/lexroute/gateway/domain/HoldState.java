package io.lexroute.gateway.domain;

/** Where a hold timer stands. */
public enum HoldState {
    PENDING,
    RELEASED,
    OBJECTED,
    /** A later revision of the decision no longer holds this outcome. */
    CANCELLED
}
