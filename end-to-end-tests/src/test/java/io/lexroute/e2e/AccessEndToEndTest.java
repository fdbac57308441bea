package io.lexroute.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.demo.OrderClient;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may see what, through the shipped services in the prod profile (trusting the dev signing key): an authority
 * sees only its own orders, a provider only its own tasks and catalog, and without a valid token nothing answers.
 * A denied caller must learn nothing: someone else's order is answered exactly as an order that does not exist.
 */
class AccessEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "be-skype-2017";
    /** Another Belgian authority than the one that submits the case's order ({@link OrderClient#authorityTenant}). */
    private static final String OTHER_BELGIAN_AUTHORITY = DevTokens.authority("be-brussels-prosecutor", "BE");
    private static final String SKYPE = OrderClient.providerToken("skype");
    private static final String MICROSOFT = OrderClient.providerToken("microsoft");

    private static LexRouteUnderTest lexRoute;
    private static GatewayClient intake;
    private static GatewayClient locator;
    private static GatewayClient gateway;

    @BeforeAll
    static void startLexRoute() throws Exception {
        lexRoute = LexRouteUnderTest.get();
        intake = lexRoute.api(LexRouteService.REQUEST_INTAKE);
        locator = lexRoute.api(LexRouteService.DATA_LOCATOR);
        gateway = lexRoute.gateway;
    }

    @Test
    void anotherAuthorityOfTheSameStateCannotReadTheOrderNorItsPackagesAndLearnsNothing() throws Exception {
        ExampleCase story = ExampleCase.load(CASE);
        String orderId = submitAndAwaitDecision(story);
        JsonNode task = lexRoute.openTaskOf("skype", orderId);
        byte[] content = ("subscriber record for order " + orderId).getBytes(UTF_8);
        // The link is absolute (the gateway's public URL); its path is what the denials below are compared on.
        String download = URI.create(gateway.as(SKYPE).uploadPackage(task.path("uploadLink").asText(),
                "subscriber.json", content).path("download").asText()).getPath();

        GatewayClient author = gateway.as(OrderClient.authorityToken(story.order()));
        assertThat(intake.as(OrderClient.authorityToken(story.order())).get("/api/v1/orders/" + orderId)
                .path("id").asText()).isEqualTo(orderId);
        assertThat(author.get("/api/v1/orders/" + orderId + "/packages").path("packages")).hasSize(1);
        assertThat(author.download(download)).isEqualTo(content);

        String unknown = UUID.randomUUID().toString();
        GatewayClient otherIntake = intake.as(OTHER_BELGIAN_AUTHORITY);
        GatewayClient otherGateway = gateway.as(OTHER_BELGIAN_AUTHORITY);
        assertDeniedAsIfUnknown(otherIntake, "/api/v1/orders/" + orderId, "/api/v1/orders/" + unknown);
        assertDeniedAsIfUnknown(otherIntake, "/api/v1/orders/" + orderId + "/response",
                "/api/v1/orders/" + unknown + "/response");
        assertDeniedAsIfUnknown(otherGateway, "/api/v1/orders/" + orderId + "/packages",
                "/api/v1/orders/" + unknown + "/packages");
        assertDeniedAsIfUnknown(otherGateway, download, download.replace(orderId, unknown));
        assertDeniedAsIfUnknown(otherGateway, "/api/v1/orders/" + orderId + "/refusal",
                "/api/v1/orders/" + unknown + "/refusal");
        assertThat(otherIntake.get("/api/v1/orders").toString()).doesNotContain(orderId);
    }

    @Test
    void aDecisionIsForOperatorsLegalReviewersAndTheSubmittingAuthority() throws Exception {
        ExampleCase story = ExampleCase.load(CASE);
        String orderId = submitAndAwaitDecision(story);
        String path = "/api/v1/decisions/" + orderId;

        assertThat(gateway.as(LexRouteUnderTest.OPERATOR).get(path).toString()).contains(orderId);
        assertThat(gateway.as(LexRouteUnderTest.REVIEWER).get(path).toString()).contains(orderId);
        assertThat(gateway.as(OrderClient.authorityToken(story.order())).get(path).toString()).contains(orderId);
        assertThat(gateway.as(OTHER_BELGIAN_AUTHORITY).fetch(path).statusCode()).isEqualTo(403);
        assertThat(gateway.as(SKYPE).fetch(path).statusCode()).isEqualTo(403);
    }

    @Test
    void aProviderSeesNeitherAnotherProvidersTasksNorItsCatalog() throws Exception {
        ExampleCase story = ExampleCase.load(CASE);
        String orderId = submitAndAwaitDecision(story);
        String skypeTask = lexRoute.openTaskOf("skype", orderId).path("id").asText();
        JsonNode entry = story.catalog().get(0);
        String account = "/api/v1/providers/skype/accounts/" + entry.path("accountId").asText();

        GatewayClient microsoftAtGateway = gateway.as(MICROSOFT);
        assertThat(microsoftAtGateway.fetch("/api/v1/providers/skype/release-tasks").statusCode()).isEqualTo(403);
        assertThat(microsoftAtGateway.get("/api/v1/providers/microsoft/release-tasks").toString())
                .doesNotContain(skypeTask);
        HttpResponse<String> otherProvidersTask = microsoftAtGateway.fetch("POST",
                "/api/v1/providers/microsoft/release-tasks/" + skypeTask + "/not-found", Map.of("note", "none"));
        HttpResponse<String> noSuchTask = microsoftAtGateway.fetch("POST",
                "/api/v1/providers/microsoft/release-tasks/" + UUID.randomUUID() + "/not-found",
                Map.of("note", "none"));
        assertThat(otherProvidersTask.statusCode()).isBetween(400, 499).isEqualTo(noSuchTask.statusCode());

        GatewayClient microsoftAtLocator = locator.as(MICROSOFT);
        assertThat(microsoftAtLocator.fetch(account).statusCode()).isEqualTo(403);
        assertThat(microsoftAtLocator.fetch("/api/v1/providers/skype/accounts").statusCode()).isEqualTo(403);
        assertThat(microsoftAtLocator.fetch("PUT", account, entry.path("body")).statusCode()).isEqualTo(403);
        assertThat(microsoftAtLocator.fetch("DELETE", account, Map.of()).statusCode()).isEqualTo(403);

        assertThat(locator.as(SKYPE).get(account).toString()).contains(entry.path("accountId").asText());
        assertThat(gateway.as(SKYPE).get("/api/v1/providers/skype/release-tasks").toString()).contains(skypeTask);
    }

    @Test
    void withoutAValidTokenEveryServiceAnswers401() throws Exception {
        Map<LexRouteService, String> paths = Map.of(
                LexRouteService.REQUEST_INTAKE, "/api/v1/orders",
                LexRouteService.JURISDICTION_RESOLVER, "/api/v1/rulebook",
                LexRouteService.DATA_LOCATOR, "/api/v1/providers/skype/accounts",
                LexRouteService.RESPONSE_GATEWAY, "/api/v1/decisions/" + UUID.randomUUID());
        String tampered = AccessChecks.tampered(LexRouteUnderTest.OPERATOR);
        for (Map.Entry<LexRouteService, String> call : paths.entrySet()) {
            GatewayClient service = lexRoute.api(call.getKey());
            for (HttpResponse<String> response : List.of(service.fetch(call.getValue()),
                    service.as(tampered).fetch(call.getValue()))) {
                assertThat(response.statusCode()).as(call.getKey() + " GET " + call.getValue()).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
        ExampleCase story = ExampleCase.load(CASE);
        assertThat(intake.fetch("POST", "/api/v1/orders", story.order()).statusCode()).isEqualTo(401);
        assertThat(lexRoute.api(LexRouteService.REQUEST_INTAKE).as(SKYPE)
                .fetch("POST", "/api/v1/orders", story.order()).statusCode()).isEqualTo(403);
    }

    private static String submitAndAwaitDecision(ExampleCase story) throws Exception {
        lexRoute.client.putCatalog(story);
        String orderId = lexRoute.client.submit(story.order(), "access-" + UUID.randomUUID());
        lexRoute.client.awaitDecision(orderId, LexRouteUnderTest.DECISION_TIMEOUT);
        return orderId;
    }

    /** Both answers are 403 and say the same, apart from the path they echo and the order id they were asked. */
    private static void assertDeniedAsIfUnknown(GatewayClient caller, String othersPath, String unknownPath)
            throws Exception {
        HttpResponse<String> others = caller.fetch(othersPath);
        HttpResponse<String> unknown = caller.fetch(unknownPath);
        assertThat(others.statusCode()).as("GET " + othersPath + ": " + others.body()).isEqualTo(403);
        assertThat(unknown.statusCode()).as("GET " + unknownPath + ": " + unknown.body()).isEqualTo(403);
        assertThat(asked(others.body(), othersPath)).as("GET " + othersPath)
                .isEqualTo(asked(unknown.body(), unknownPath));
    }

    /** The problem without its {@code instance}, with the order id of {@code path} written as {id}. */
    private static JsonNode asked(String problem, String path) throws Exception {
        String orderId = path.split("/")[4];
        ObjectNode body = (ObjectNode) JSON.readTree(problem.replace(orderId, "{id}"));
        body.remove("instance");
        return body;
    }
}
