package io.lexroute.access;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request that carries it. A portal sends the same token with each order
 * until it expires, and checking its RSA signature was the largest single cost of a POST (about 15 % of
 * request-intake's CPU flat out, see benchmark/README.md).
 *
 * <p>Only a token that passed the full check is kept, and only until the earlier of its expiry and {@link #MAX_AGE}
 * after the check: whatever else the verifier enforces (issuer, key, token age) is applied again at least that
 * often. At most {@link #MAX_TOKENS} are kept; past that, expired ones are dropped, and if none has expired, all.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final int MAX_TOKENS = 1_000;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final JWTParser verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokenCache(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.until())) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken checked = verifier.parse(token);
        remember(token, checked, now);
        return checked;
    }

    /** How many verified tokens are kept now. */
    int size() {
        return verified.size();
    }

    private void remember(String token, JsonWebToken checked, Instant now) {
        long expiresAt = checked.getExpirationTime();
        if (expiresAt <= 0) {
            return;
        }
        Instant until = Instant.ofEpochSecond(expiresAt);
        if (until.isAfter(now.plus(MAX_AGE))) {
            until = now.plus(MAX_AGE);
        }
        if (!now.isBefore(until)) {
            return;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(checked, until));
    }

    // The calls below name their own key or context; they are rare and are not cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
