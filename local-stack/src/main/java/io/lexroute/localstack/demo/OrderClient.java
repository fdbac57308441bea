package io.lexroute.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.localstack.tokens.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What a government portal and a provider do over HTTP: keep the catalog, submit an order, wait for its answer. Each
 * call carries a dev token: the catalog is the provider's own, an order is submitted and read by an authority of
 * the State that issued it ({@link #authorityTenant}).
 */
public final class OrderClient {

    /** Statuses after which an order has its decision. */
    public static final Set<String> DECIDED = Set.of("RELEASED", "PARTIALLY_RELEASED", "REFUSED", "REDIRECTED",
            "ON_HOLD", "IN_LEGAL_REVIEW", "DELIVERED", "PRESERVED");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A service that stops answering fails the caller rather than hanging it. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** One token per tenant and role: minting is RSA signing, and a token lives for hours. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final URI locator;
    private final Map<String, String> submitters = new ConcurrentHashMap<>();

    public OrderClient(URI intake, URI locator) {
        this.intake = intake;
        this.locator = locator;
    }

    /** PUTs every catalog entry of the case to data-locator, each as the provider it belongs to. */
    public void putCatalog(ExampleCase exampleCase) throws IOException, InterruptedException {
        for (JsonNode entry : exampleCase.catalog()) {
            String provider = entry.path("provider").asText();
            putAsProvider(provider, "/accounts/" + entry.path("accountId").asText(), entry.path("body"));
        }
    }

    /**
     * PUTs the provider's addressee of orders in the Union ({@code kind}, {@code country}, {@code name}) to
     * data-locator, as the provider.
     */
    public void putAddressee(String provider, JsonNode addressee) throws IOException, InterruptedException {
        putAsProvider(provider, "/addressee", addressee);
    }

    private void putAsProvider(String provider, String path, JsonNode body) throws IOException, InterruptedException {
        URI uri = locator.resolve("/api/v1/providers/" + provider + path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", bearer(providerToken(provider)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        expectSuccess(response, "PUT " + uri);
    }

    /** POSTs the order as the authority {@link #authorityTenant} names and returns its id. */
    public String submit(JsonNode order, String idempotencyKey) throws IOException, InterruptedException {
        return submit(order, idempotencyKey, null);
    }

    /** As {@link #submit(JsonNode, String)}, continuing the portal's W3C trace when {@code traceparent} is given. */
    public String submit(JsonNode order, String idempotencyKey, String traceparent)
            throws IOException, InterruptedException {
        URI uri = intake.resolve("/api/v1/orders");
        String token = authorityToken(order);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", bearer(token))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey);
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        HttpResponse<String> response = http.send(request
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order)))
                .build(), HttpResponse.BodyHandlers.ofString());
        expectSuccess(response, "POST " + uri);
        String orderId = JSON.readTree(response.body()).path("id").asText();
        submitters.put(orderId, token);
        return orderId;
    }

    /** The order as its submitting authority sees it; only for orders this client submitted. */
    public JsonNode get(String orderId) throws IOException, InterruptedException {
        return getAsSubmitter(orderId, "/api/v1/orders/" + orderId);
    }

    /**
     * The order's answer as its submitting authority fetches it: the decision, the refusal part and the released
     * packages' manifest; only for decided orders this client submitted.
     */
    public JsonNode answer(String orderId) throws IOException, InterruptedException {
        return getAsSubmitter(orderId, "/api/v1/orders/" + orderId + "/response");
    }

    /** Polls the order until it is decided, and returns it as GET shows it. */
    public JsonNode awaitDecision(String orderId, Duration timeout) throws IOException, InterruptedException {
        return awaitOrder(orderId, order -> DECIDED.contains(order.path("status").asText())
                && order.path("decision").isObject(), timeout);
    }

    /** Polls the order until {@code condition} holds, and returns it as GET shows it. */
    public JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition, Duration timeout)
            throws IOException, InterruptedException {
        return await(orderId, "/api/v1/orders/" + orderId, condition, timeout);
    }

    /** Polls the order's answer until {@code condition} holds, and returns it. */
    public JsonNode awaitAnswer(String orderId, Predicate<JsonNode> condition, Duration timeout)
            throws IOException, InterruptedException {
        return await(orderId, "/api/v1/orders/" + orderId + "/response", condition, timeout);
    }

    private JsonNode await(String orderId, String path, Predicate<JsonNode> condition, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode found = getAsSubmitter(orderId, path);
        while (!condition.test(found)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("order " + orderId + " not as awaited after " + timeout
                        + "; last seen at " + path + ": " + found);
            }
            Thread.sleep(100);
            found = getAsSubmitter(orderId, path);
        }
        return found;
    }

    private JsonNode getAsSubmitter(String orderId, String path) throws IOException, InterruptedException {
        String token = submitters.get(orderId);
        if (token == null) {
            throw new IllegalArgumentException("order " + orderId + " was not submitted through this client");
        }
        URI uri = intake.resolve(path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", bearer(token)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        expectSuccess(response, "GET " + uri);
        return JSON.readTree(response.body());
    }

    /**
     * The portal account this client submits {@code order} as: {@code <country>-<authority type>} of its issuing
     * authority, e.g. {@code be-investigating-judge}, so that the token's State is the State that issued the order.
     */
    public static String authorityTenant(JsonNode order) {
        JsonNode authority = order.path("issuingAuthority");
        return (authority.path("country").asText() + "-" + authority.path("type").asText())
                .toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A token of the authority that submits {@code order} here ({@link #authorityTenant}). */
    public static String authorityToken(JsonNode order) {
        String tenant = authorityTenant(order);
        String country = order.path("issuingAuthority").path("country").asText().toUpperCase(Locale.ROOT);
        return TOKENS.computeIfAbsent("authority:" + tenant, key -> DevTokens.authority(tenant, country));
    }

    /** A token of the provider's own integration. */
    public static String providerToken(String provider) {
        return TOKENS.computeIfAbsent("provider:" + provider, key -> DevTokens.provider(provider));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static void expectSuccess(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
