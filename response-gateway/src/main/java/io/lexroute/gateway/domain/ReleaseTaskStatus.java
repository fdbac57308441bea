package io.lexroute.gateway.domain;

/** What became of a release task. */
public enum ReleaseTaskStatus {
    /**
     * The data is held for the notified State's window: the provider prepares it, and the task opens when the window
     * ends (or is cancelled if the State objects). It takes no package yet.
     */
    HELD,
    OPEN,
    UPLOADED,
    NOT_FOUND,
    /** A later revision of the decision no longer releases this data. */
    CANCELLED
}
