package io.lexroute.gateway.domain;

/** Where a legal review stands. */
public enum ReviewStatus {
    PENDING,
    DECIDED,
    /** A later revision of the decision no longer needs this review. */
    CANCELLED
}
