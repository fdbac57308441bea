package io.lexroute.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.gateway.support.As;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that reads JSON refuses a body that declares more than {@code lexroute.gateway.max-json-body-size} (1 MB)
 * before reading it, and one sent in chunks without a declared length; a request without a body still reaches it; the
 * package upload, whose limit is the package's, takes JSON like any other type, in chunks too.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class JsonBodyLimitTest {

    private static final String DECISION = "/api/v1/reviews/{orderId}/decision";

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413AndASmallOneIsRead() {
        As.reviewer().contentType(ContentType.JSON).body(reviewDecision(2 * 1024 * 1024))
                .when().post(DECISION, UUID.randomUUID())
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:payload-too-large"))
                .body("detail", containsString("1048576 bytes"));

        // The same request, small: read, and refused for what it says (no such review).
        As.reviewer().contentType(ContentType.JSON).body(reviewDecision(100))
                .when().post(DECISION, UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aJsonEndpointWhoseBodyIsOptionalTakesARequestWithoutBodyOrLength() throws Exception {
        // As curl -X POST -H 'Content-Type: application/json' sends it: no body, no Content-Length. Refused for the
        // task (no such task: 403), not for a missing length.
        String status = rawPost("/api/v1/providers/skype/release-tasks/" + UUID.randomUUID() + "/not-found",
                DevTokens.provider("skype"), "", "");

        assertThat(status).contains(" 403 ");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives() throws Exception {
        // Ten bytes of the two million declared: an answer now means the gateway did not wait for the rest.
        String status = rawPost(DECISION.replace("{orderId}", UUID.randomUUID().toString()),
                DevTokens.legalReviewer(As.REVIEWER), "Content-Length: 2000000\r\n", "{\"reason\"");

        assertThat(status).contains(" 413 ");
    }

    @Test
    void aJsonBodySentInChunksWithoutALengthIsRefusedWith411() throws Exception {
        // A small body, whole and well formed: refused for its framing alone, before the gateway reads it.
        String body = reviewDecision(100);
        String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";

        String status = rawPost(DECISION.replace("{orderId}", UUID.randomUUID().toString()),
                DevTokens.legalReviewer(As.REVIEWER), "Transfer-Encoding: chunked\r\n", chunked);

        assertThat(status).contains(" 411 ");
    }

    @Test
    void aPackageUploadMayBeSentInChunks() throws Exception {
        String chunk = "{\"mail\": []}";
        String chunked = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";

        // No such task: refused for that (403), not for its framing.
        String status = rawRequest("PUT", "/api/v1/providers/skype/release-tasks/" + UUID.randomUUID() + "/package",
                DevTokens.provider("skype"), "Transfer-Encoding: chunked\r\n", chunked);

        assertThat(status).contains(" 403 ");
    }

    private static String rawPost(String path, String token, String framing, String body) throws Exception {
        return rawRequest("POST", path, token, framing, body);
    }

    /**
     * Sends a request of JSON over a plain socket, as written, with {@code framing} (a Content-Length or
     * Transfer-Encoding header line, or nothing) among its headers; answers the response's status line.
     */
    private static String rawRequest(String method, String path, String token, String framing, String body)
            throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\n" + framing + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write((head + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void aPackageUploadOfJsonIsNotLimitedToTheJsonBodySize() {
        // No such task: refused for that (403, as another provider's task would be), not for its size.
        As.provider("skype").contentType(ContentType.JSON).body(reviewDecision(2 * 1024 * 1024))
                .when().put("/api/v1/providers/skype/release-tasks/{taskId}/package", UUID.randomUUID())
                .then().statusCode(403)
                .body("type", equalTo("urn:lexroute:problem:forbidden"));
    }

    /** A review decision whose reason makes the body about {@code size} bytes. */
    private static String reviewDecision(int size) {
        return "{\"dataCategory\": \"CONTENT\", \"location\": \"IE\", \"outcome\": \"RELEASE\", \"reason\": \""
                + "r".repeat(size) + "\"}";
    }
}
