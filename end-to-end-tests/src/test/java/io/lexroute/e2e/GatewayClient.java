package io.lexroute.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Supplier;

/** JSON over HTTP with one service, as a provider, an authority, a reviewer or the legal team use it. */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<URI> gateway;

    GatewayClient(Supplier<URI> gateway) {
        this.gateway = gateway;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return JSON.readTree(send(HttpRequest.newBuilder(gateway.get().resolve(path)).GET(), 200));
    }

    /** GET, or empty while the gateway answers 404 (nothing decided yet). */
    Optional<JsonNode> find(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.get().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expect(response.statusCode(), 200, path, response.body());
        return Optional.of(JSON.readTree(response.body()));
    }

    byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(gateway.get().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        expect(response.statusCode(), 200, path, new String(response.body()));
        return response.body();
    }

    JsonNode uploadPackage(String path, String name, byte[] content) throws IOException, InterruptedException {
        return JSON.readTree(send(HttpRequest.newBuilder(gateway.get().resolve(path))
                .header("Content-Type", "application/octet-stream")
                .header("X-Package-Name", name)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)), 201));
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, 200);
    }

    JsonNode post(String path, Object body, int expectedStatus) throws IOException, InterruptedException {
        return JSON.readTree(send(HttpRequest.newBuilder(gateway.get().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expectedStatus));
    }

    private String send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        expect(response.statusCode(), expectedStatus, built.method() + " " + built.uri(), response.body());
        return response.body();
    }

    private static void expect(int status, int expected, String what, String body) {
        if (status != expected) {
            throw new AssertionError(what + " answered " + status + " (expected " + expected + "): " + body);
        }
    }
}
