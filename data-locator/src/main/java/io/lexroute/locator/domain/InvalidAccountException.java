package io.lexroute.locator.domain;

import java.util.List;

/** A catalog entry that contradicts itself; nothing of it is stored. */
public class InvalidAccountException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidAccountException(List<Violation> violations) {
        super("invalid account: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
