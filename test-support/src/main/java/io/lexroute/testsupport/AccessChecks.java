package io.lexroute.testsupport;

import static org.hamcrest.Matchers.equalTo;

import io.lexroute.localstack.tokens.DevTokens;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every service's access tests check of a refused call, and the bad tokens they refuse. */
public final class AccessChecks {

    private AccessChecks() {
    }

    /** 401 as problem+json, asking for a bearer token. */
    public static void assertUnauthenticated(Response response) {
        response.then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("urn:lexroute:problem:unauthenticated"));
    }

    /** 403 as problem+json. */
    public static void assertForbidden(Response response) {
        response.then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("urn:lexroute:problem:forbidden"));
    }

    /** {@code victim}'s claims under {@code signer}'s signature: a forgery the services must refuse. */
    public static String forged(String signer, String victim) {
        String[] signed = signer.split("\\.");
        String[] claims = victim.split("\\.");
        return signed[0] + "." + claims[1] + "." + signed[2];
    }

    /** The token with one character of its payload changed, its signature kept: it no longer verifies. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new String(payload) + "." + parts[2];
    }

    /** A problem's body without {@code instance}, which only repeats the path the caller asked for. */
    public static Map<String, Object> withoutInstance(Response problem) {
        Map<String, Object> body = new HashMap<>(problem.jsonPath().getMap("$"));
        body.remove("instance");
        return body;
    }

    /** Correctly signed and unexpired, but for another service's audience. */
    public static String forAnotherAudience(String subject, List<String> groups, Map<String, String> claims) {
        Map<String, Object> payload = DevTokens.payload(subject, groups, claims, Duration.ofHours(1));
        payload.put("aud", "another-service");
        return DevTokens.signPayload(payload);
    }

    /** Correctly signed and unexpired, but naming no audience. */
    public static String withoutAudience(String subject, List<String> groups, Map<String, String> claims) {
        Map<String, Object> payload = DevTokens.payload(subject, groups, claims, Duration.ofHours(1));
        payload.remove("aud");
        return DevTokens.signPayload(payload);
    }

    /** Correctly signed, with 12 hours still to run, but issued 13 hours ago: older than the services accept. */
    public static String issuedTooLongAgo(String subject, List<String> groups, Map<String, String> claims) {
        Map<String, Object> payload = DevTokens.payload(subject, groups, claims, Duration.ofHours(12));
        payload.put("iat", Instant.now().minus(Duration.ofHours(13)).getEpochSecond());
        return DevTokens.signPayload(payload);
    }

    /** The three above, for the caller {@code subject} with its roles and claims. */
    public static List<String> outOfScope(String subject, List<String> groups, Map<String, String> claims) {
        return List.of(forAnotherAudience(subject, groups, claims), withoutAudience(subject, groups, claims),
                issuedTooLongAgo(subject, groups, claims));
    }

    /** A correctly signed token that expired an hour ago. */
    public static String expired(List<String> groups, Map<String, String> claims) {
        return DevTokens.sign("expired-caller", groups, claims, Duration.ofHours(-1));
    }
}
