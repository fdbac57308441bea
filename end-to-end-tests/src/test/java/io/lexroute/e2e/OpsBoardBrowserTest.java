package io.lexroute.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.tokens.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ops board in Debian's headless Chromium, driven by Playwright (src/test/browser/ops-board.mjs) against the
 * shipped services: an operator signs in, sees the orders this test put into the pipeline, and opens one order's
 * timeline. The script saves a screenshot to target/ops-board.png. Skipped where Chromium or Node.js is missing.
 */
class OpsBoardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR = DevTokens.operator("Browser Operator");

    private static LexRouteUnderTest lexRoute;

    @BeforeAll
    static void startLexRoute() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium): the ops board's browser test is skipped");
        assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "Node.js and npm are not on the PATH: the ops board's browser test is skipped");
        lexRoute = LexRouteUnderTest.get();
    }

    @Test
    void anOperatorSeesThePipelineAndOneOrdersTimeline() throws Exception {
        long totalBefore = total(boardNow());

        String released = decided(ExampleCase.load("be-skype-2017").order(), "be-skype-2017");
        String held = decided(ExampleCase.load("eevid-content-notify-2026").order(), "eevid-content-notify-2026");
        String reviewed = decided(unruledOrder(), "eevid-subscriber-2026");
        String refused = decided(ExampleCase.load("eevid-content-prosecutor-2026").order(),
                "eevid-content-prosecutor-2026");
        assertThat(lexRoute.client.get(held).path("status").asText()).isEqualTo("ON_HOLD");
        assertThat(lexRoute.client.get(reviewed).path("status").asText()).isEqualTo("IN_LEGAL_REVIEW");
        String poisonKey = deadLettered();

        Path screenshot = projectDir().resolve("end-to-end-tests/target/ops-board.png");
        Files.deleteIfExists(screenshot);
        JsonNode seen = runBrowser(held, screenshot);

        assertThat(seen.path("ok").asBoolean()).as("the script's run: %s", seen).isTrue();
        assertThat(seen.path("badTokenError").asText()).contains("401");
        assertThat(seen.path("forbiddenError").asText()).contains("403").contains("operator");
        assertThat(seen.path("errorHiddenAfterSignIn").asBoolean()).isTrue();
        assertThat(seen.path("sessionStorageHoldsToken").asBoolean()).isTrue();

        JsonNode board = seen.path("board");
        assertThat(seen.path("countsMatchApi").asBoolean()).as("the page shows the API's counts: %s", seen).isTrue();
        assertThat(board.path("total").asLong()).isEqualTo(totalBefore + 4);
        assertThat(sum(board.path("counts"))).isEqualTo(board.path("total").asLong());
        for (String status : List.of("RELEASED", "ON_HOLD", "IN_LEGAL_REVIEW", "REFUSED")) {
            assertThat(board.path("counts").path(status).asLong()).as(status).isGreaterThanOrEqualTo(1);
        }
        assertThat(strings(board.path("onHold"))).contains(held).doesNotContain(released, refused);
        assertThat(strings(board.path("inLegalReview"))).contains(reviewed).doesNotContain(held);
        assertThat(board.path("signedInAs").asText()).contains("Browser Operator").contains("operator");
        List<String> deadLetterKeys = new ArrayList<>();
        board.path("deadLetters").forEach(letter -> deadLetterKeys.add(letter.path("key").asText()));
        assertThat(deadLetterKeys).contains(poisonKey);

        assertThat(seen.path("timelineState").asText()).as("timeline: %s", seen.path("timeline")).isEqualTo("loaded");
        List<String> expectedSteps = new ArrayList<>();
        lexRoute.client.get(held).path("timeline").forEach(step -> expectedSteps.add(step.path("step").asText()));
        assertThat(strings(seen.path("timeline").path("steps"))).containsExactlyElementsOf(expectedSteps)
                .contains("RECEIVED", "ASSESSED", "LOCATED", "DECIDED");
        assertThat(seen.path("timeline").path("title").asText())
                .isEqualTo(ExampleCase.load("eevid-content-notify-2026").externalReference());

        assertThat(seen.path("foreignRequests")).as("requests that left the service").isEmpty();
        assertThat(seen.path("consoleErrors")).as("console errors").isEmpty();
        assertIsAScreenshot(screenshot);
    }

    /** Submits the order as its own authority and waits for its decision. */
    private static String decided(JsonNode order, String caseId) throws Exception {
        lexRoute.client.putCatalog(ExampleCase.load(caseId));
        String orderId = lexRoute.client.submit(order, "ops-board-" + caseId + "-" + UUID.randomUUID());
        lexRoute.client.awaitDecision(orderId, LexRouteUnderTest.DECISION_TIMEOUT);
        return orderId;
    }

    /** The EEVID subscriber case issued by a State that no rule covers: a legal reviewer must decide. */
    private static JsonNode unruledOrder() {
        ObjectNode order = ExampleCase.load("eevid-subscriber-2026").order().deepCopy();
        ((ObjectNode) order.path("issuingAuthority")).put("country", "JP");
        order.put("instrument", "NATIONAL_ORDER");
        return order;
    }

    /** A record no consumer can read, on order.located: the consumers dead-letter it with their error. */
    private static String deadLettered() {
        String key = "ops-board-poison-" + UUID.randomUUID();
        lexRoute.kafka.produce(OrderTopic.LOCATED.topic(), key, "{ not an event".getBytes(UTF_8), Map.of(
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, OrderTopic.LOCATED.eventType()));
        lexRoute.kafka.awaitRecord(OrderTopic.LOCATED.deadLetterTopic(), r -> key.equals(r.key()),
                Duration.ofSeconds(60));
        return key;
    }

    private static JsonNode runBrowser(String orderId, Path screenshot) throws Exception {
        Path browserDir = projectDir().resolve("end-to-end-tests/src/test/browser");
        Path log = projectDir().resolve("end-to-end-tests/target/ops-board-browser.log");
        Files.createDirectories(screenshot.getParent());
        if (!Files.isDirectory(browserDir.resolve("node_modules/playwright-core"))) {
            int npm = run(browserDir, log, NPM_TIMEOUT, Map.of(), "npm", "ci", "--no-audit", "--no-fund");
            assertThat(npm).as("npm ci in %s (see %s)", browserDir, log).isZero();
        }
        URI board = lexRoute.services.uri(LexRouteService.REQUEST_INTAKE).resolve("/ops/");
        Map<String, String> environment = Map.of(
                "OPS_BOARD_TOKEN", OPERATOR,
                "OPS_BOARD_FORBIDDEN_TOKEN", DevTokens.authority("be-investigating-judge", "BE"),
                "CHROMIUM_PATH", CHROMIUM.toString());
        Path output = Files.createTempFile("ops-board-summary", ".json");
        try {
            int exit = run(browserDir, output, SCRIPT_TIMEOUT, environment, "node", "ops-board.mjs",
                    "--url", board.toString(), "--order", orderId, "--screenshot", screenshot.toString());
            List<String> lines = Files.readAllLines(output, UTF_8);
            Files.write(log, lines, UTF_8);
            String summary = lines.stream().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("the browser script (exit " + exit
                            + ") printed no JSON summary: " + String.join("\n", lines)));
            return JSON.readTree(summary);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Runs a command in {@code dir}, its output (stdout and stderr) to {@code output}; the exit code. */
    private static int run(Path dir, Path output, Duration timeout, Map<String, String> environment,
            String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
        }
        return process.exitValue();
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The board JSON as the operator's API call answers it now. */
    private static JsonNode boardNow() throws IOException, InterruptedException {
        URI uri = lexRoute.services.uri(LexRouteService.REQUEST_INTAKE).resolve("/api/v1/ops/board");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + OPERATOR).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long total(JsonNode board) {
        Map<String, Long> counts = new HashMap<>();
        board.path("stages").forEach(stage -> counts.put(stage.path("status").asText(), stage.path("count").asLong()));
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** A PNG of at least 1000 x 600 pixels with some content in it. */
    private static void assertIsAScreenshot(Path screenshot) throws IOException {
        assertThat(screenshot).exists();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).as("screenshot size").isGreaterThan(20_000);
        assertThat(new String(png, 1, 3, UTF_8)).isEqualTo("PNG");
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertThat(header.getInt()).as("width").isGreaterThanOrEqualTo(1000);
        assertThat(header.getInt()).as("height").isGreaterThanOrEqualTo(600);
    }

    private static Path projectDir() {
        return RunningServices.projectDir();
    }
}
