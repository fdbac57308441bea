package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.eventually;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.publish;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.intake.ValidOrders;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.MetricsScrape;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    // A sample recorded inside a trace ends with an OpenMetrics exemplar ("value # {span_id=...} ..."), hence EXEMPLAR.
    private static final String EXEMPLAR = "(?: #.*)?$";
    private static final Pattern RECEIVED_ORDERS =
            Pattern.compile("(?m)^lexroute_orders\\{[^}]*status=\"RECEIVED\"[^}]*} ([0-9.E]+)" + EXEMPLAR);
    private static final Pattern DECISION_LATENCIES =
            Pattern.compile("(?m)^lexroute_order_decision_latency_seconds_count(?:\\{[^}]*})? (\\S+)" + EXEMPLAR);
    private static final Pattern CONSUMED_DECIDED =
            Pattern.compile("(?m)^lexroute_events_consumed_total\\{[^}]*topic=\"order.decided\"[^}]*} (\\S+)"
                    + EXEMPLAR);
    private static final Pattern PUBLISHED_RECEIVED =
            Pattern.compile("(?m)^lexroute_events_published_total\\{[^}]*topic=\"order.received\"[^}]*} ([0-9.E]+)"
                    + EXEMPLAR);

    @Test
    void aSubmittedOrderShowsInTheOrderGaugeAndThePublishedCounter() {
        double publishedBefore = valueOrZero(PUBLISHED_RECEIVED, metrics());
        submit(newKey(), ValidOrders.json(ValidOrders.node("BE-METRICS-" + UUID.randomUUID())))
                .then().statusCode(202);

        eventually(Duration.ofSeconds(30), () -> {
            String metrics = MetricsScrape.text();
            assertThat(valueOf(RECEIVED_ORDERS, metrics)).isGreaterThanOrEqualTo(1);
            assertThat(valueOf(PUBLISHED_RECEIVED, metrics)).isGreaterThanOrEqualTo(publishedBefore + 1);
            assertThat(metrics).contains("lexroute_order_decision_latency_seconds");
        });
    }

    @Test
    void theFirstDecisionOfAnOrderIsTimedAndItsEventCounted() {
        double latenciesBefore = valueOrZero(DECISION_LATENCIES, metrics());
        double consumedBefore = valueOrZero(CONSUMED_DECIDED, metrics());
        String id = submit(newKey(), ValidOrders.json(ValidOrders.node("BE-LATENCY-" + UUID.randomUUID())))
                .then().statusCode(202).extract().path("id");
        Decision decision = new Decision(List.of(new Decision.CategoryOutcome(DataCategory.SUBSCRIBER, "US",
                Outcome.RELEASE, List.of(new Ground("SCA_2703C", "18 U.S.C. 2703(c)", "subscriber data")))),
                "test-rulebook-1", Instant.now());

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            OrderDecided decided = new OrderDecided(UUID.fromString(id), 1, OrderStatus.RELEASED, decision);
            publish(kafka, decided, "response-gateway");
        }

        eventually(Duration.ofSeconds(30), () -> {
            String metrics = metrics();
            assertThat(valueOrZero(DECISION_LATENCIES, metrics)).isGreaterThanOrEqualTo(latenciesBefore + 1);
            assertThat(valueOf(CONSUMED_DECIDED, metrics)).isGreaterThanOrEqualTo(consumedBefore + 1);
        });
    }

    private static String metrics() {
        return MetricsScrape.text();
    }

    private static double valueOrZero(Pattern metric, String metrics) {
        Matcher matcher = metric.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static double valueOf(Pattern metric, String metrics) {
        Matcher matcher = metric.matcher(metrics);
        assertThat(matcher.find()).as("%s in /q/metrics", metric).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
