package io.lexroute.access;

import io.lexroute.contracts.AuthorityType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of the current request, read from its verified JWT. Endpoints declare the roles they
 * accept with {@code @RolesAllowed}; this bean answers the finer question of whose data the caller may touch.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The name to record in decisions and audit entries: the token's {@code name}, else its subject. */
    public String displayName() {
        String name = claim(TokenClaims.NAME).orElse(null);
        return name != null ? name : token.getSubject();
    }

    public String subject() {
        return token.getSubject();
    }

    /** The authority tenant when the caller acts as an issuing authority. */
    public Optional<String> authorityTenant() {
        return is(Roles.AUTHORITY) ? claim(TokenClaims.AUTHORITY) : Optional.empty();
    }

    /** The authority tenant, or 403 when the caller is not an authority with one. */
    public String requireAuthority() {
        return authorityTenant().orElseThrow(() -> new AccessDeniedException("only an issuing authority may do this"));
    }

    /** The State the authority belongs to ({@code country} claim, upper case). */
    public Optional<String> authorityCountry() {
        return claim(TokenClaims.COUNTRY).map(String::toUpperCase);
    }

    /**
     * The authority types the caller may name as an order's issuing or validating authority (claim
     * {@value TokenClaims#AUTHORITY_TYPES}); empty when the token does not narrow them. A claim that is there but is
     * not an array of {@link AuthorityType} names is a 403: it must not read as "no limit", nor as the names in it
     * that happen to be right.
     */
    public Optional<Set<AuthorityType>> authorityTypesAllowed() {
        // Not containsClaim: it reads a claim whose value is JSON null as absent, which would lift the limit.
        if (token.getClaimNames() == null || !token.getClaimNames().contains(TokenClaims.AUTHORITY_TYPES)) {
            return Optional.empty();
        }
        if (!(token.getClaim(TokenClaims.AUTHORITY_TYPES) instanceof JsonArray listed)) {
            throw malformedAuthorityTypes();
        }
        Set<AuthorityType> allowed = EnumSet.noneOf(AuthorityType.class);
        for (JsonValue entry : listed) {
            allowed.add(authorityType(entry).orElseThrow(Caller::malformedAuthorityTypes));
        }
        return Optional.of(allowed);
    }

    /** The provider id when the caller acts as a provider. */
    public Optional<String> providerTenant() {
        return is(Roles.PROVIDER) ? claim(TokenClaims.PROVIDER) : Optional.empty();
    }

    /** 403 unless the caller is the given provider's own integration. */
    public void requireProvider(String provider) {
        if (!providerTenant().map(own -> own.equals(provider)).orElse(false)) {
            throw new AccessDeniedException("these credentials do not act for provider '" + provider + "'");
        }
    }

    private static Optional<AuthorityType> authorityType(JsonValue entry) {
        if (!(entry instanceof JsonString name)) {
            return Optional.empty();
        }
        return Arrays.stream(AuthorityType.values()).filter(type -> type.name().equals(name.getString())).findFirst();
    }

    private static AccessDeniedException malformedAuthorityTypes() {
        return new AccessDeniedException("The token claim '" + TokenClaims.AUTHORITY_TYPES + "' of these credentials "
                + "is not an array of authority types " + Arrays.toString(AuthorityType.values())
                + ": a limit that cannot be read is refused, not ignored.");
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
