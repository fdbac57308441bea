package io.lexroute.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
