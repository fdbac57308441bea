package io.lexroute.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

/** What a government portal and a provider do over HTTP: keep the catalog, submit an order, wait for its answer. */
public final class OrderClient {

    /** Statuses after which an order has its decision. */
    public static final Set<String> DECIDED = Set.of("RELEASED", "PARTIALLY_RELEASED", "REFUSED", "REDIRECTED",
            "ON_HOLD", "IN_LEGAL_REVIEW", "DELIVERED");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final URI locator;

    public OrderClient(URI intake, URI locator) {
        this.intake = intake;
        this.locator = locator;
    }

    /** PUTs every catalog entry of the case to data-locator. */
    public void putCatalog(ExampleCase exampleCase) throws IOException, InterruptedException {
        for (JsonNode entry : exampleCase.catalog()) {
            URI uri = locator.resolve("/api/v1/providers/" + entry.path("provider").asText() + "/accounts/"
                    + entry.path("accountId").asText());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(entry.path("body"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            expectSuccess(response, "PUT " + uri);
        }
    }

    /** POSTs the order and returns its id. */
    public String submit(JsonNode order, String idempotencyKey) throws IOException, InterruptedException {
        URI uri = intake.resolve("/api/v1/orders");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order)))
                .build(), HttpResponse.BodyHandlers.ofString());
        expectSuccess(response, "POST " + uri);
        return JSON.readTree(response.body()).path("id").asText();
    }

    public JsonNode get(String orderId) throws IOException, InterruptedException {
        URI uri = intake.resolve("/api/v1/orders/" + orderId);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        expectSuccess(response, "GET " + uri);
        return JSON.readTree(response.body());
    }

    /** Polls the order until it is decided, and returns it as GET shows it. */
    public JsonNode awaitDecision(String orderId, Duration timeout) throws IOException, InterruptedException {
        return awaitOrder(orderId, order -> DECIDED.contains(order.path("status").asText())
                && order.path("decision").isObject(), timeout);
    }

    /** Polls the order until {@code condition} holds, and returns it as GET shows it. */
    public JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode order = get(orderId);
        while (!condition.test(order)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("order " + orderId + " not as awaited after " + timeout
                        + "; last seen: " + order);
            }
            Thread.sleep(100);
            order = get(orderId);
        }
        return order;
    }

    private static void expectSuccess(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
