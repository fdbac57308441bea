package io.lexroute.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.MetricsScrape;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A channel whose handler throws, with {@code failure-strategy=fail}, stops consuming until the service restarts: the
 * gauge that the LexRouteMessagingDown alert watches counts it, as /q/health/live reports it.
 */
@QuarkusTest
@TestProfile(ChannelLivenessTest.ProbeFailsOnItsValue.class)
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class ChannelLivenessTest {

    private static final String FAIL_ON = UUID.randomUUID().toString();
    private static final String GAUGE = "lexroute_messaging_liveness_failures ";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    public static class ProbeFailsOnItsValue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lexroute.test.liveness-probe.fail-on", FAIL_ON);
        }
    }

    @Test
    void aStoppedChannelIsCountedUntilTheServiceRestarts() throws InterruptedException {
        assertThat(scrapedFailures()).isZero();
        given().when().get("/q/health/live").then().statusCode(200);

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.produce("outbox-test.liveness-probe", "harmless", "harmless".getBytes(StandardCharsets.UTF_8));
            kafka.produce("outbox-test.liveness-probe", "fatal", FAIL_ON.getBytes(StandardCharsets.UTF_8));
        }
        Instant giveUp = Instant.now().plus(TIMEOUT);
        while (scrapedFailures() < 2 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }

        // The channel, and the handler's failure that stopped it, are each an entry of the liveness report.
        assertThat(scrapedFailures()).isEqualTo(2);
        given().when().get("/q/health/live").then().statusCode(503)
                .body(containsString("\"liveness-probe\": \"[KO] - the liveness probe was told to fail\""),
                        containsString("\"package-received\": \"[OK]\""));
        Thread.sleep(2_000);
        assertThat(scrapedFailures()).as("a stopped channel stays stopped").isEqualTo(2);
    }

    private static double scrapedFailures() {
        return MetricsScrape.text().lines().filter(line -> line.startsWith(GAUGE))
                .mapToDouble(line -> Double.parseDouble(line.substring(GAUGE.length())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + GAUGE.trim() + " in /q/metrics"));
    }
}
