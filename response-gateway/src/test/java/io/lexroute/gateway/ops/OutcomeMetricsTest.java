package io.lexroute.gateway.ops;

import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
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
