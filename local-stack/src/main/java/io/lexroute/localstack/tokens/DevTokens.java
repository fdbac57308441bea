package io.lexroute.localstack.tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 tokens with the dev key pair, which the services trust in dev and test (and in the local run, which
 * passes them the dev public key). Never for production: the private key is in this repository.
 */
public final class DevTokens {

    public static final String ISSUER = "https://lexroute.local/dev-issuer";
    /** The audience the services accept by default ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "lexroute";
    /** access-control's {@code TokenClaims.AUTHORITY_TYPES}, which this module cannot see. */
    public static final String AUTHORITY_TYPES_CLAIM = "authority_types";
    private static final String PRIVATE_KEY = "/dev-keys/lexroute-dev-private.pem";
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    /** A portal account of an issuing authority, e.g. {@code authority("be-antwerp-court", "BE")}. */
    public static String authority(String tenant, String country) {
        return signPayload(authorityPayload(tenant, country));
    }

    /**
     * A portal account that may name only {@code authorityTypes} (e.g. {@code POLICE}) as an order's issuing or
     * validating authority (its {@code authority_types} claim).
     */
    public static String authority(String tenant, String country, List<String> authorityTypes) {
        return authorityWithAuthorityTypesClaim(tenant, country, authorityTypes);
    }

    /** A portal account whose {@code authority_types} claim is any JSON value, for tests of a malformed one. */
    public static String authorityWithAuthorityTypesClaim(String tenant, String country, Object claimValue) {
        Map<String, Object> payload = authorityPayload(tenant, country);
        payload.put(AUTHORITY_TYPES_CLAIM, claimValue);
        return signPayload(payload);
    }

    private static Map<String, Object> authorityPayload(String tenant, String country) {
        return payload(tenant, List.of("authority"), Map.of("authority", tenant, "country", country),
                DEFAULT_LIFETIME);
    }

    /** A provider's integration, e.g. {@code provider("skype")}. */
    public static String provider(String provider) {
        return sign(provider + "-integration", List.of("provider"), Map.of("provider", provider), DEFAULT_LIFETIME);
    }

    public static String legalReviewer(String name) {
        return sign(name, List.of("legal-reviewer"), Map.of("name", name), DEFAULT_LIFETIME);
    }

    public static String operator(String name) {
        return sign(name, List.of("operator"), Map.of("name", name), DEFAULT_LIFETIME);
    }

    /** A token with any subject, roles, claims and lifetime (a negative lifetime makes an expired token). */
    public static String sign(String subject, List<String> groups, Map<String, String> claims, Duration lifetime) {
        return signPayload(payload(subject, groups, claims, lifetime));
    }

    /**
     * The payload {@link #sign} signs, for a test that changes a standard claim before signing it with
     * {@link #signPayload} (another {@code aud}, an older {@code iat}).
     */
    public static Map<String, Object> payload(String subject, List<String> groups, Map<String, String> claims,
            Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", ISSUER);
        payload.put("aud", AUDIENCE);
        payload.put("sub", subject);
        payload.put("upn", subject);
        payload.put("groups", groups);
        payload.putAll(claims);
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", now.plus(lifetime).getEpochSecond());
        payload.put("jti", UUID.randomUUID().toString());
        return payload;
    }

    public static String signPayload(Map<String, Object> payload) {
        String signingInput = base64Url(json(Map.of("alg", "RS256", "typ", "JWT"))) + "." + base64Url(json(payload));
        return signingInput + "." + base64Url(rs256(signingInput));
    }

    private static byte[] rs256(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEY);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream(PRIVATE_KEY)) {
            if (in == null) {
                throw new IllegalStateException("the dev private key " + PRIVATE_KEY + " is not on the class path");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the dev private key is unreadable", e);
        }
    }
}
