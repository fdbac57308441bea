package io.lexroute.gateway.domain;

import io.lexroute.contracts.Outcome;

/** What a legal reviewer decides on an outcome in review. */
public enum ReviewAction {
    RELEASE,
    REFUSE,
    /**
     * File a reasoned objection under Regulation (EU) 2023/1543 Art. 17 against a production order whose execution
     * would breach a third country's law: the outcome stays in review, its execution suspended, until the reviewer
     * records what the issuing authority and, if it maintains the order, the issuing State's court made of it.
     */
    OBJECT;

    /** The outcome this action settles the review with; an objection settles none. */
    public Outcome settledOutcome() {
        return switch (this) {
            case RELEASE -> Outcome.RELEASE;
            case REFUSE -> Outcome.REFUSE;
            case OBJECT -> throw new IllegalStateException("an objection leaves the outcome in review");
        };
    }
}
