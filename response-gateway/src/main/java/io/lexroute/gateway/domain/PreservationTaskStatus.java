package io.lexroute.gateway.domain;

/** What became of a preservation task. */
public enum PreservationTaskStatus {
    /** The provider has not confirmed yet that it keeps the data. */
    OPEN,
    /** The provider confirmed that it keeps the data, without disclosing it, until the task's end. */
    PRESERVING,
    /** The provider searched and holds none of the data: the outcome became a refusal (DATA_NOT_HELD). */
    NOT_FOUND,
    /** A later revision of the decision no longer preserves this data. */
    CANCELLED,
    /**
     * The duty to preserve ended: its period passed, or the issuing authority withdrew it; the provider may stop
     * keeping the data.
     */
    ENDED;

    /** The provider keeps, or is still asked to keep, the data: open or confirmed. */
    public boolean isRunning() {
        return this == OPEN || this == PRESERVING;
    }
}
