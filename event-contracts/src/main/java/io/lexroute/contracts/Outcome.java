package io.lexroute.contracts;

/** What happens to one data category at one storage location. */
public enum Outcome {
    RELEASE,
    REFUSE,
    REDIRECT,
    HOLD,
    LEGAL_REVIEW
}
