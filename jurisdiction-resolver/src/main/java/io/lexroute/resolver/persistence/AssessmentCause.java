package io.lexroute.resolver.persistence;

/** What caused an assessment to be made. */
public enum AssessmentCause {
    /** The order arrived on {@code order.received}. */
    ORDER_RECEIVED,
    /** Someone asked for the order to be judged again, e.g. after the rulebook changed. */
    REASSESSMENT_REQUESTED
}
