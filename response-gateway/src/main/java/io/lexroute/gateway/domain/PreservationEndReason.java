package io.lexroute.gateway.domain;

/** Why the duty to preserve ended (Regulation (EU) 2023/1543, Art. 11). */
public enum PreservationEndReason {
    /** The period (60 days from receipt, 30 more if extended) passed without a confirmed request for production. */
    PERIOD_ENDED,
    /** The issuing authority said that preservation is no longer necessary. */
    WITHDRAWN
}
