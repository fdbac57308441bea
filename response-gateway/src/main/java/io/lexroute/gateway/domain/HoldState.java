package io.lexroute.gateway.domain;

/** Where a hold timer stands. */
public enum HoldState {
    PENDING,
    /**
     * The notified State's window runs, but the release did not wait for it: an emergency, where notification
     * suspends nothing (Regulation (EU) 2023/1543 Art. 8(4)). Not a window that ended: an objection before
     * {@code dueAt} still refuses what is not delivered (Art. 12(1)).
     */
    UNSUSPENDED,
    RELEASED,
    OBJECTED,
    /** A later revision of the decision no longer holds this outcome. */
    CANCELLED
}
