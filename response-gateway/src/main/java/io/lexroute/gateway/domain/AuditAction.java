package io.lexroute.gateway.domain;

/** What an audit entry records. */
public enum AuditAction {
    /** A revision of the decision on an order (revision 1 from order.located, each later change another). */
    DECISION_REVISED,
    /**
     * A provider's data package was received, hashed and stored for its release task; for a task held during the
     * notified State's window ({@code held} in the details), it waits for the window's end.
     */
    PACKAGE_ACCEPTED,
    /** A package held during the notified State's window was released to the issuing authority at the window's end. */
    PACKAGE_RELEASED,
    /**
     * A package held during the notified State's window was discarded, its bytes deleted, because its outcome was
     * refused (an objection) or is no longer released, or its task now asks for other data: it never reaches the
     * issuing authority.
     */
    PACKAGE_DISCARDED,
    /** The provider confirmed that it preserves the data of a preservation task, until the task's end. */
    PRESERVATION_CONFIRMED,
    /**
     * The issuing authority extended the period of the order's preservation by 30 days (Regulation (EU) 2023/1543,
     * Art. 11), once.
     */
    PRESERVATION_EXTENDED,
    /**
     * The issuing authority confirmed that a subsequent request for production has been issued (Regulation (EU)
     * 2023/1543, Art. 11): the order's preserved data is kept until that request is served.
     */
    PRODUCTION_REQUEST_CONFIRMED,
    /** The issuing authority said that preserving the order's data is no longer necessary: its tasks ended. */
    PRESERVATION_WITHDRAWN,
    /**
     * The period of a preservation task passed (Regulation (EU) 2023/1543, Art. 11): the task ended; the details say
     * whether the provider had confirmed it.
     */
    PRESERVATION_ENDED,
    /**
     * The order was closed: every released package delivered and every preservation confirmed or ended, or nothing
     * released or preserved.
     */
    ORDER_CLOSED,
    /**
     * The order's answer deadline passed while a release task still waited for the provider's package: the issuing
     * authority was told (order.deadline-passed), once per task.
     */
    DEADLINE_PASSED,
    /** The issuing authority downloaded a package (after its bytes were checked against their SHA-256). */
    PACKAGE_DOWNLOADED,
    /**
     * A legal reviewer released or refused an outcome in review, or filed a reasoned objection to it (outcome
     * {@code OBJECT} in the details), which keeps it in review.
     */
    REVIEW_DECIDED,
    /**
     * A provider reported the data of a task not found after the order had closed (a preservation task Flyway V14
     * opened for an order preserved before such tasks existed): the task is closed, the order's answer stands.
     */
    NOT_FOUND_AFTER_CLOSURE,
    /** An order.located arrived for an order already closed: it was not decided again, and opened no work. */
    LOCATED_AFTER_CLOSURE,
    /**
     * An order.located arrived that is older than the one the latest decision rests on (its assessment was made
     * earlier, or the same assessment was located earlier): it was not decided, so a late event (put back from the
     * dead-letter topic, say) cannot bring back a superseded rulebook or catalog.
     */
    STALE_LOCATION_IGNORED
}
