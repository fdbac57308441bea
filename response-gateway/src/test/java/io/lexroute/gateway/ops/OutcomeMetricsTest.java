package io.lexroute.gateway.ops;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.GatewayMetrics;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.MetricsScrape;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OutcomeMetricsTest {

    /** A sample line, possibly followed by an OpenMetrics exemplar ({@code # {span_id=…,trace_id=…} …}) when traced. */
    private static final Pattern RELEASES = Pattern.compile(
            "(?m)^lexroute_outcomes_total\\{(?=[^}]*code=\"[^\"]+\")[^}]*outcome=\"RELEASE\"[^}]*} (\\S+)(?: #.*)?$");

    private final Pipeline pipeline = new Pipeline();

    @Inject
    GatewayMetrics gatewayMetrics;

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void aPublishedDecisionCountsItsOutcomesByCode() {
        double before = releases(metrics());
        UUID orderId = UUID.randomUUID();

        pipeline.send(LocatedOrders.order(orderId).released(SUBSCRIBER, "US").build());
        pipeline.awaitDecided(orderId, 1);

        assertThat(releases(metrics())).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aRevisionCountsOnlyOnceItsTransactionCommits() {
        String code = "METRICS_TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Decision decision = new Decision(List.of(new CategoryOutcome(SUBSCRIBER, "US", Outcome.RELEASE,
                List.of(new Ground(code, "Test Act, s. 1", "Counted once committed.")))), "rb-test", Instant.now());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            gatewayMetrics.outcomesPublished(decision);
            throw new IllegalStateException("the poll failed after the decision was published");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(counted(code)).isZero();

        QuarkusTransaction.requiringNew().run(() -> {
            gatewayMetrics.outcomesPublished(decision);
            assertThat(counted(code)).as("before the commit").isZero();
        });
        assertThat(counted(code)).isEqualTo(1.0);
    }

    @Test
    void theOldestPendingReviewsAgeIsExported() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inReview(CONTENT, "IE").build());
        pipeline.awaitDecided(orderId, 1);
        // As if it had waited ten years: longer than any review another test leaves behind, so the gauge is this one.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update legal_review set created_at = now() - interval '3650 days' where order_id = ?1")
                .setParameter(1, orderId).executeUpdate());

        Matcher age = Pattern.compile("(?m)^lexroute_gateway_reviews_oldest_pending_age_seconds (\\S+)$")
                .matcher(metrics());

        assertThat(age.find()).isTrue();
        assertThat(Double.parseDouble(age.group(1))).isGreaterThanOrEqualTo(3650 * 86_400.0);
        assertThat(metrics()).containsPattern("(?m)^lexroute_gateway_preservation_tasks_oldest_open_age_seconds ");
    }

    private double counted(String code) {
        Counter counter = registry.find("lexroute.outcomes").tag("code", code).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String metrics() {
        return MetricsScrape.text();
    }

    private static double releases(String metrics) {
        Matcher matcher = RELEASES.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }
}
