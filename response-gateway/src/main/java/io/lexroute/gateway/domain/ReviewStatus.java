package io.lexroute.gateway.domain;

/** Where a legal review stands. */
public enum ReviewStatus {
    PENDING,
    /**
     * A reviewer filed a reasoned objection under Regulation (EU) 2023/1543 Art. 17: execution is suspended, and the
     * review stays open until a reviewer records what came of it (release or refusal).
     */
    OBJECTION_FILED,
    DECIDED,
    /** A later revision of the decision no longer needs this review. */
    CANCELLED;

    /** Still waiting for a reviewer's release or refusal. */
    public boolean isOpen() {
        return this == PENDING || this == OBJECTION_FILED;
    }
}
