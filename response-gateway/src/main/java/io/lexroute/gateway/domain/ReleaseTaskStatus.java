package io.lexroute.gateway.domain;

/** What became of a release task. */
public enum ReleaseTaskStatus {
    OPEN,
    UPLOADED,
    NOT_FOUND,
    /** A later revision of the decision no longer releases this data. */
    CANCELLED
}
