package io.lexroute.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.localstack.tokens.DevTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache in front of the real smallrye-jwt verifier, with the dev key pair the services trust in tests. */
class VerifiedTokenCacheTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(countingVerifier(), clock);

    @Test
    void verifiesAValidTokenOnceAndAnswersLaterRequestsWithTheSamePrincipal() throws ParseException {
        String token = DevTokens.authority("be-portal", "BE");

        JsonWebToken first = cache.parse(token);
        JsonWebToken again = cache.parse(token);

        assertThat(first.getSubject()).isEqualTo("be-portal");
        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void verifiesEachDistinctTokenOnItsOwn() throws ParseException {
        JsonWebToken authority = cache.parse(DevTokens.authority("be-portal", "BE"));
        JsonWebToken provider = cache.parse(DevTokens.provider("skype"));

        assertThat(authority.getGroups()).containsExactly(Roles.AUTHORITY);
        assertThat(provider.getGroups()).containsExactly(Roles.PROVIDER);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverKeepsATokenThatFailedVerification() {
        String token = DevTokens.authority("be-portal", "BE");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkLWJ5LXNvbWVvbmUtZWxzZQ";

        assertThatThrownBy(() -> cache.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse(forged)).isInstanceOf(ParseException.class);

        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void neverKeepsAnExpiredToken() {
        String expired = DevTokens.sign("late-portal", List.of(Roles.AUTHORITY), Map.of(), Duration.ofMinutes(-5));

        assertThatThrownBy(() -> cache.parse(expired)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse(expired)).isInstanceOf(ParseException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void checksATokenAgainOnceItHasExpired() throws ParseException {
        String token = DevTokens.sign("portal", List.of(Roles.AUTHORITY), Map.of(), Duration.ofSeconds(30));
        cache.parse(token);

        clock.advance(Duration.ofSeconds(29));
        cache.parse(token);
        assertThat(verifications).hasValue(1);

        // The verifier runs on real time, where the token is still valid; what counts here is that it is asked.
        clock.advance(Duration.ofSeconds(2));
        cache.parse(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void checksALongLivedTokenAgainAfterTheMaximumAge() throws ParseException {
        String token = DevTokens.operator("ops");
        cache.parse(token);

        clock.advance(VerifiedTokenCache.MAX_AGE.minusSeconds(1));
        cache.parse(token);
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.parse(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void keepsAtMostTheMaximumNumberOfTokens() throws ParseException {
        for (int i = 0; i <= VerifiedTokenCache.MAX_TOKENS; i++) {
            cache.parse(DevTokens.provider("provider-" + i));
        }

        assertThat(cache.size()).isBetween(1, VerifiedTokenCache.MAX_TOKENS);
    }

    @Test
    void keepsTheTokensInUseWhileOneCallerPresentsManyNewOnes() throws ParseException {
        VerifiedTokenCache small = new VerifiedTokenCache(countingVerifier(), clock, 10);
        String portal = DevTokens.authority("be-portal", "BE");
        small.parse(portal);

        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1));
            small.parse(DevTokens.provider("flood-" + i));
            small.parse(portal);
        }

        assertThat(verifications).as("the portal's token once, each new token once").hasValue(31);
        assertThat(small.size()).isBetween(1, 10);
    }

    @Test
    void pushesOutTheLeastRecentlyUsedTokenWhenFull() throws ParseException {
        VerifiedTokenCache small = new VerifiedTokenCache(countingVerifier(), clock, 4);
        List<String> tokens = List.of(DevTokens.operator("a"), DevTokens.operator("b"), DevTokens.operator("c"),
                DevTokens.operator("d"));
        for (String token : tokens) {
            small.parse(token);
            clock.advance(Duration.ofSeconds(1));
        }
        small.parse(tokens.get(0));
        clock.advance(Duration.ofSeconds(1));
        small.parse(DevTokens.operator("e"));
        assertThat(verifications).hasValue(5);

        small.parse(tokens.get(0));
        small.parse(tokens.get(2));
        small.parse(tokens.get(3));
        assertThat(verifications).as("a, c and d still known").hasValue(5);
        small.parse(tokens.get(1));
        assertThat(verifications).as("b, the least recently used, checked again").hasValue(6);
    }

    @Test
    void dropsExpiredTokensBeforeAnyThatIsStillValid() throws ParseException {
        VerifiedTokenCache small = new VerifiedTokenCache(countingVerifier(), clock, 4);
        String longLived = DevTokens.operator("ops-1");
        String alsoLongLived = DevTokens.operator("ops-2");
        small.parse(longLived);
        small.parse(alsoLongLived);
        clock.advance(Duration.ofSeconds(1));
        // Used after the long-lived ones, so only their expiry, not their last use, puts them out first.
        small.parse(DevTokens.sign("brief-1", List.of(Roles.AUTHORITY), Map.of(), Duration.ofSeconds(10)));
        small.parse(DevTokens.sign("brief-2", List.of(Roles.AUTHORITY), Map.of(), Duration.ofSeconds(10)));

        clock.advance(Duration.ofSeconds(20));
        small.parse(DevTokens.provider("new-1"));
        small.parse(DevTokens.provider("new-2"));
        assertThat(verifications).hasValue(6);

        small.parse(longLived);
        small.parse(alsoLongLived);
        assertThat(verifications).hasValue(6);
        assertThat(small.size()).isEqualTo(4);
    }

    @Test
    void verifiesButNeverKeepsTheVariantsOfAValidTokenThatTheVerifierAlsoAccepts() throws ParseException {
        String token = DevTokens.authority("be-portal", "BE");
        String signed = token.substring(0, token.lastIndexOf('.') + 1);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        List<String> variants = List.of(
                token + "==",
                token + " ",
                signed + signature.substring(0, 10) + "!" + signature.substring(10),
                signed + signature.substring(0, 10) + "\n" + signature.substring(10),
                signed + signature.replace('-', '+').replace('_', '/'),
                signed + withASpareBitSet(signature));
        cache.parse(token);

        for (String variant : variants) {
            // jose4j decodes the signature leniently: each variant passes the full check, as the same principal.
            assertThat(cache.parse(variant).getSubject()).as(variant).isEqualTo("be-portal");
            assertThat(cache.parse(variant).getSubject()).as(variant).isEqualTo("be-portal");
        }

        assertThat(verifications).as("every variant checked every time").hasValue(1 + 2 * variants.size());
        assertThat(cache.size()).as("only the token itself kept").isEqualTo(1);
    }

    @Test
    void neverAnswersAVariantTheVerifierRejectsFromTheEntryOfTheValidToken() throws ParseException {
        String token = DevTokens.authority("be-portal", "BE");
        String signed = token.substring(0, token.lastIndexOf('.') + 1);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        cache.parse(token);
        List<String> variants = List.of(
                " " + token,
                token.toUpperCase(),
                token + ".",
                signed + signature.substring(0, 10) + "+" + signature.substring(10),
                "=" + token.substring(1));

        for (String variant : variants) {
            assertThatThrownBy(() -> cache.parse(variant)).as(variant).isInstanceOf(ParseException.class);
        }

        assertThat(verifications).hasValue(1 + variants.size());
    }

    @Test
    void recognisesOnlyTheCanonicalCompactForm() {
        String token = DevTokens.operator("ops");
        String signed = token.substring(0, token.lastIndexOf('.') + 1);
        String signature = token.substring(token.lastIndexOf('.') + 1);

        assertThat(VerifiedTokenCache.isCanonical(token)).isTrue();
        assertThat(VerifiedTokenCache.isCanonical(signed + withASpareBitSet(signature))).isFalse();
        assertThat(VerifiedTokenCache.isCanonical(token + "==")).isFalse();
        assertThat(VerifiedTokenCache.isCanonical(token + " ")).isFalse();
        assertThat(VerifiedTokenCache.isCanonical(signed + signature.substring(1))).as("a length base64 cannot have")
                .isFalse();
        assertThat(VerifiedTokenCache.isCanonical(signed)).as("no signature").isFalse();
        assertThat(VerifiedTokenCache.isCanonical(token + "." + signature)).as("four segments").isFalse();
        assertThat(VerifiedTokenCache.isCanonical("..")).isFalse();
    }

    /** The same signature bytes spelled another way: the last character with a bit set that encodes nothing. */
    private static String withASpareBitSet(String segment) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        assertThat(segment.length() % 4).as("a segment whose last character has spare bits").isIn(2, 3);
        char last = segment.charAt(segment.length() - 1);
        return segment.substring(0, segment.length() - 1) + alphabet.charAt(alphabet.indexOf(last) | 1);
    }

    /** The real verifier, counting how often it is asked to parse a token. */
    private JWTParser countingVerifier() {
        JWTAuthContextInfo context = new JWTAuthContextInfo("classpath:dev-keys/lexroute-dev-public.pem",
                DevTokens.ISSUER);
        DefaultJWTParser real = new DefaultJWTParser(context);
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("parse") && args.length == 1) {
                        verifications.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
