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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * often. The key is the token exactly as presented, so only that same text is answered from here.
 *
 * <p>Only a token in the canonical compact form is kept: three segments of unpadded base64url with no spare bits set.
 * The verifier (jose4j) also accepts a valid token's signature segment with whitespace, padding, characters outside
 * the alphabet or other spare bits in its last character; each such variant is still verified, every time, but is
 * not kept, so that one token cannot fill the cache with copies of itself.
 *
 * <p>At most {@link #MAX_TOKENS} are kept (give or take the tokens being added at that very moment). A token that
 * would pass that first drops the expired ones and then, if that was not enough, the tenth least recently used: one
 * caller presenting many new tokens pushes out tokens nobody is using, not those other callers send with every
 * request. Lookups never wait; only adding a token to a full cache takes the eviction lock, after a full verification
 * that costs far more.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final int MAX_TOKENS = 1_000;
    /** How stale a token's last use may be recorded: lookups write it at most once a second, not on every request. */
    private static final long USE_RESOLUTION_MILLIS = 1_000;

    private static final class Verified {
        final JsonWebToken token;
        final Instant until;
        volatile long lastUsedMillis;

        Verified(JsonWebToken token, Instant until, long lastUsedMillis) {
            this.token = token;
            this.until = until;
            this.lastUsedMillis = lastUsedMillis;
        }

        void usedAt(long nowMillis) {
            if (nowMillis - lastUsedMillis >= USE_RESOLUTION_MILLIS) {
                lastUsedMillis = nowMillis;
            }
        }
    }

    private record LastUse(String token, Verified entry, long millis) {
    }

    private final JWTParser verifier;
    private final Clock clock;
    private final int maxTokens;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final Object eviction = new Object();

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC(), MAX_TOKENS);
    }

    VerifiedTokenCache(JWTParser verifier, Clock clock) {
        this(verifier, clock, MAX_TOKENS);
    }

    VerifiedTokenCache(JWTParser verifier, Clock clock, int maxTokens) {
        this.verifier = verifier;
        this.clock = clock;
        this.maxTokens = maxTokens;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.until)) {
                known.usedAt(now.toEpochMilli());
                return known.token;
            }
            verified.remove(token, known);
        }
        JsonWebToken checked = verifier.parse(token);
        if (isCanonical(token)) {
            remember(token, checked, now);
        }
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
        Verified entry = new Verified(checked, until, now.toEpochMilli());
        if (verified.size() < maxTokens) {
            verified.put(token, entry);
            return;
        }
        synchronized (eviction) {
            if (verified.size() >= maxTokens) {
                evict(now);
            }
            verified.put(token, entry);
        }
    }

    /** Drops the expired tokens, then, while the cache is still full, the tenth least recently used. */
    private void evict(Instant now) {
        verified.values().removeIf(entry -> !now.isBefore(entry.until));
        int excess = verified.size() - (maxTokens - Math.max(1, maxTokens / 10));
        if (excess <= 0) {
            return;
        }
        // Each last use is read once: lookups may move it while the list is sorted.
        List<LastUse> byLastUse = new ArrayList<>(verified.size());
        verified.forEach((token, entry) -> byLastUse.add(new LastUse(token, entry, entry.lastUsedMillis)));
        byLastUse.sort(Comparator.comparingLong(LastUse::millis));
        for (LastUse use : byLastUse.subList(0, Math.min(excess, byLastUse.size()))) {
            verified.remove(use.token(), use.entry());
        }
    }

    /**
     * Whether the token is a compact JWS in its one canonical spelling: three non-empty segments of base64url
     * characters, none of a length base64 cannot have, and no spare bit set in a segment's last character.
     */
    static boolean isCanonical(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            return false;
        }
        return isCanonicalBase64Url(token, 0, first)
                && isCanonicalBase64Url(token, first + 1, second)
                && isCanonicalBase64Url(token, second + 1, token.length());
    }

    private static boolean isCanonicalBase64Url(String text, int start, int end) {
        int length = end - start;
        if (length == 0 || length % 4 == 1) {
            return false;
        }
        int last = -1;
        for (int i = start; i < end; i++) {
            last = base64UrlValue(text.charAt(i));
            if (last < 0) {
                return false;
            }
        }
        int spareBits = switch (length % 4) {
            case 2 -> 0b1111;
            case 3 -> 0b11;
            default -> 0;
        };
        return (last & spareBits) == 0;
    }

    /** The six bits a base64url character stands for, or -1 for any other character. */
    private static int base64UrlValue(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        return c == '_' ? 63 : -1;
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
