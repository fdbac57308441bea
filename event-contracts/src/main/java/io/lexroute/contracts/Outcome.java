package io.lexroute.contracts;

/** What happens to one data category at one storage location. */
public enum Outcome {
    RELEASE,
    REFUSE,
    REDIRECT,
    HOLD,
    LEGAL_REVIEW,
    /**
     * The provider preserves the data and discloses nothing (a European Preservation Order): the outcome carries
     * {@link Decision.CategoryOutcome#preservationExpiresAt()}, when the duty to preserve ends.
     */
    PRESERVE
}
