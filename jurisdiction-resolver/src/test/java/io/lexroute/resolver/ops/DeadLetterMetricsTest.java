package io.lexroute.resolver.ops;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class DeadLetterMetricsTest {

    private static final Pattern DEAD_LETTERED = Pattern.compile(
            "(?m)^lexroute_events_dead_lettered_total\\{[^}]*topic=\"order.received\"[^}]*} (\\S+)$");

    @Test
    void anUnreadableRecordIsCountedAsDeadLettered() throws InterruptedException {
        double before = deadLettered();
        String key = UUID.randomUUID().toString();

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.produce("order.received", key, "not an event".getBytes(UTF_8));
            kafka.awaitRecord("order.received.dlq", record -> key.equals(record.key()), Duration.ofSeconds(60));
        }

        Instant deadline = Instant.now().plusSeconds(10);
        while (deadLettered() < before + 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(deadLettered()).isGreaterThanOrEqualTo(before + 1);
    }

    private static double deadLettered() {
        String metrics = MetricsScrape.text();
        Matcher matcher = DEAD_LETTERED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
