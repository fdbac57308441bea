package io.lexroute.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** POSTs orders to request-intake, asynchronously or not, and turns each answer into a {@link SubmittedOrder}. */
public final class OrderPoster {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI orders;
    private final String runId;

    /**
     * @param intake base URI of request-intake
     * @param runId  makes this run's idempotency keys unique, so every POST is a new order
     */
    public OrderPoster(URI intake, String runId) {
        this.orders = intake.resolve("/api/v1/orders");
        this.runId = runId;
    }

    /** Sends now without waiting; the future never fails, a failure is in the SubmittedOrder. */
    public CompletableFuture<SubmittedOrder> postAsync(String label, long sequence, long intendedAt, OrderBody body) {
        long sentAt = System.nanoTime();
        return http.sendAsync(request(label, sequence, body), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> answer(sequence, intendedAt, sentAt, response, failure));
    }

    /** Sends and waits for the answer. */
    public SubmittedOrder post(String label, long sequence, OrderBody body) {
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request(label, sequence, body),
                    HttpResponse.BodyHandlers.ofString());
            return answer(sequence, sentAt, sentAt, response, null);
        } catch (IOException e) {
            return answer(sequence, sentAt, sentAt, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answer(sequence, sentAt, sentAt, null, e);
        }
    }

    private HttpRequest request(String label, long sequence, OrderBody body) {
        return HttpRequest.newBuilder(orders)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + body.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + runId + "-" + label + "-" + sequence)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.json()))
                .build();
    }

    private static SubmittedOrder answer(long sequence, long intendedAt, long sentAt, HttpResponse<String> response,
            Throwable failure) {
        long answeredAt = System.nanoTime();
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return new SubmittedOrder(sequence, intendedAt, sentAt, answeredAt, 0, null, cause.toString());
        }
        if (response.statusCode() / 100 != 2) {
            return new SubmittedOrder(sequence, intendedAt, sentAt, answeredAt, response.statusCode(), null,
                    "HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        String id = orderId(response);
        return id == null
                ? new SubmittedOrder(sequence, intendedAt, sentAt, answeredAt, response.statusCode(), null,
                        "no order id in " + abbreviate(response.body()))
                : new SubmittedOrder(sequence, intendedAt, sentAt, answeredAt, response.statusCode(), id, null);
    }

    private static String orderId(HttpResponse<String> response) {
        try {
            JsonNode id = JSON.readTree(response.body()).path("id");
            if (id.isTextual() && !id.asText().isBlank()) {
                return id.asText();
            }
        } catch (IOException notJson) {
            // fall back to the Location header
        }
        return response.headers().firstValue("Location")
                .map(location -> location.substring(location.lastIndexOf('/') + 1))
                .filter(id -> !id.isBlank())
                .orElse(null);
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
