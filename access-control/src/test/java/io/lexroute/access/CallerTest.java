package io.lexroute.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.localstack.tokens.DevTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The caller as read from dev tokens verified by the real smallrye-jwt parser, claim types and all. */
class CallerTest {

    @Test
    void theClaimNameIsTheOneDevTokensMint() {
        assertThat(TokenClaims.AUTHORITY_TYPES).isEqualTo(DevTokens.AUTHORITY_TYPES_CLAIM);
    }

    @Test
    void aTokenWithoutTheClaimDoesNotNarrowTheAuthorityTypes() {
        Caller caller = callerOf(DevTokens.authority("be-portal", "BE"));

        assertThat(caller.authorityTypesAllowed()).isEmpty();
    }

    @Test
    void theClaimListsTheAuthorityTypesAllowed() {
        Caller caller = callerOf(DevTokens.authority("be-police", "BE", List.of("POLICE", "PUBLIC_PROSECUTOR")));

        assertThat(caller.authorityTypesAllowed())
                .contains(EnumSet.of(AuthorityType.POLICE, AuthorityType.PUBLIC_PROSECUTOR));
    }

    @Test
    void anEmptyClaimAllowsNoType() {
        Caller caller = callerOf(DevTokens.authority("be-nobody", "BE", List.of()));

        assertThat(caller.authorityTypesAllowed()).hasValueSatisfying(allowed -> assertThat(allowed).isEmpty());
    }

    static List<Object> malformedClaims() {
        return Arrays.asList("POLICE", Arrays.asList("POLICE", 7), Arrays.asList("POLICE", null),
                List.of("POLICE", "SHERIFF"), List.of("police"), Map.of("POLICE", true), true, null);
    }

    @ParameterizedTest
    @MethodSource("malformedClaims")
    void aMalformedClaimIsRefused(Object claim) {
        Caller caller = callerOf(DevTokens.authorityWithAuthorityTypesClaim("be-police", "BE", claim));

        assertThatThrownBy(caller::authorityTypesAllowed)
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(TokenClaims.AUTHORITY_TYPES);
    }

    private static final DefaultJWTParser DEV_KEY_VERIFIER = new DefaultJWTParser(
            new JWTAuthContextInfo("classpath:dev-keys/lexroute-dev-public.pem", DevTokens.ISSUER));

    private static Caller callerOf(String token) {
        try {
            return new Caller(DEV_KEY_VERIFIER.parse(token));
        } catch (ParseException e) {
            throw new IllegalStateException("a dev token did not verify", e);
        }
    }
}
