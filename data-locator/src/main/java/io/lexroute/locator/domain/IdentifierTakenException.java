package io.lexroute.locator.domain;

import java.util.List;

/** Identifiers of a catalog entry that already designate another account of the same provider. */
public class IdentifierTakenException extends RuntimeException {

    private final List<Violation> violations;

    public IdentifierTakenException(List<Violation> violations) {
        super("identifiers owned by another account: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
