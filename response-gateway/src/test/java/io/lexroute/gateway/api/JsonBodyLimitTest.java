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
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that reads JSON refuses a body over {@code lexroute.gateway.max-json-body-size} (1 MB) before reading it,
 * and one without a length; the package upload, whose limit is the package's, takes JSON like any other type.
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
    void aJsonBodyWithoutALengthIsRefusedWith411() throws Exception {
        byte[] body = reviewDecision(100).getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + DECISION.replace("{orderId}", UUID.randomUUID().toString())))
                .header("Authorization", "Bearer " + DevTokens.legalReviewer(As.REVIEWER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(411);
        assertThat(response.body()).contains("urn:lexroute:problem:length-required");
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
