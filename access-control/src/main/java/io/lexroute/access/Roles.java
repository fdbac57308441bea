package io.lexroute.access;

/** The four roles a LexRoute token can carry (in its {@code groups} claim). */
public final class Roles {

    /** An issuing authority's portal account; its tenant is the {@code authority} claim. */
    public static final String AUTHORITY = "authority";
    /** An online provider's integration; its tenant is the {@code provider} claim. */
    public static final String PROVIDER = "provider";
    public static final String LEGAL_REVIEWER = "legal-reviewer";
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
