package io.lexroute.access;

/** The LexRoute-specific claims of a token, besides the standard {@code sub}, {@code groups} and {@code name}. */
public final class TokenClaims {

    /** The authority tenant (portal account) an {@link Roles#AUTHORITY} token acts for, e.g. {@code be-antwerp-court}. */
    public static final String AUTHORITY = "authority";
    /** The ISO 3166-1 alpha-2 State of that authority: it may only submit orders issued in that State. */
    public static final String COUNTRY = "country";
    /**
     * Optional, for an {@link Roles#AUTHORITY} token: a JSON array of the {@code AuthorityType} names (e.g.
     * {@code ["POLICE"]}) that the portal account may name as an order's issuing or validating authority. Without it
     * the portal vouches for whichever authority it submits for.
     */
    public static final String AUTHORITY_TYPES = "authority_types";
    /** The provider id a {@link Roles#PROVIDER} token acts for, e.g. {@code skype}. */
    public static final String PROVIDER = "provider";
    public static final String NAME = "name";

    private TokenClaims() {
    }
}
