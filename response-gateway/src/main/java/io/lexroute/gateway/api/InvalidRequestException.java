package io.lexroute.gateway.api;

import java.util.List;

/** A path or query parameter, or a header, that breaks the API's rules. */
class InvalidRequestException extends RuntimeException {

    private final List<Problem.Violation> violations;

    InvalidRequestException(String field, String message) {
        super(field + " " + message);
        this.violations = List.of(new Problem.Violation(field, message));
    }

    List<Problem.Violation> violations() {
        return violations;
    }
}
