package io.lexroute.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * JSON over HTTP with one service, as a provider, an authority, a reviewer or the legal team use it: {@link #as}
 * names the caller's token; without one the calls carry no Authorization header.
 */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<URI> service;
    private final String token;

    GatewayClient(Supplier<URI> service) {
        this(service, null);
    }

    private GatewayClient(Supplier<URI> service, String token) {
        this.service = service;
        this.token = token;
    }

    /** The same service, called with {@code token}. */
    GatewayClient as(String token) {
        return new GatewayClient(service, token);
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return JSON.readTree(send(request(path).GET(), 200));
    }

    /** GET, or empty while the gateway answers 404 (nothing decided yet). */
    Optional<JsonNode> find(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expect(response.statusCode(), 200, path, response.body());
        return Optional.of(JSON.readTree(response.body()));
    }

    /** The answer to a GET, whatever its status. */
    HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer to a request with a JSON body, whatever its status. */
    HttpResponse<String> fetch(String method, String path, Object body) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        expect(response.statusCode(), 200, path, new String(response.body()));
        return response.body();
    }

    JsonNode uploadPackage(String path, String name, byte[] content) throws IOException, InterruptedException {
        return JSON.readTree(send(request(path)
                .header("Content-Type", "application/octet-stream")
                .header("X-Package-Name", name)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)), 201));
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, 200);
    }

    JsonNode post(String path, Object body, int expectedStatus) throws IOException, InterruptedException {
        return JSON.readTree(send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expectedStatus));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.get().resolve(path)).timeout(REQUEST_TIMEOUT);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private String send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        expect(response.statusCode(), expectedStatus, built.method() + " " + built.uri(), response.body());
        return response.body();
    }

    private static void expect(int status, int expected, String what, String body) {
        if (status != expected) {
            throw new AssertionError(what + " answered " + status + " (expected " + expected + "): " + body);
        }
    }
}
