package io.lexroute.resolver.service;

/** The order, or the request, cannot be re-assessed as asked; the message says why. */
public class ReassessmentRefusedException extends RuntimeException {

    public ReassessmentRefusedException(String message) {
        super(message);
    }
}
