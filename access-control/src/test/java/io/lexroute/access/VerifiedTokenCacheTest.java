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
