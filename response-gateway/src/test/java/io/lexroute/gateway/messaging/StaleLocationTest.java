package io.lexroute.gateway.messaging;

import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A location older than the one the latest decision rests on (put back from a dead-letter topic, say) is ignored. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class StaleLocationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-03T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-04T09:00:00Z");

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void anOlderAssessmentOrAnEarlierLocationIsNotDecidedALaterOneIs() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders released = LocatedOrders.order(orderId).released(SUBSCRIBER, "NL");
        LocatedOrders inReview = LocatedOrders.order(orderId).inReview(SUBSCRIBER, "NL");
        pipeline.send(at(released.build(), TUESDAY, TUESDAY));
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.RELEASED);

        pipeline.send(at(inReview.build(), MONDAY, WEDNESDAY));
        pipeline.send(at(inReview.build(), TUESDAY, MONDAY));

        awaitAuditEntries(orderId, "STALE_LOCATION_IGNORED", 2);
        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("revision", equalTo(1)).body("status", equalTo("RELEASED"));

        pipeline.send(at(inReview.build(), TUESDAY, WEDNESDAY));
        assertThat(pipeline.awaitDecided(orderId, 2).status())
                .as("the same assessment located again later: a catalog correction")
                .isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        pipeline.send(at(released.build(), WEDNESDAY, MONDAY));
        assertThat(pipeline.awaitDecided(orderId, 3).status())
                .as("a later assessment, whenever it was located")
                .isEqualTo(OrderStatus.RELEASED);
    }

    private static OrderLocated at(OrderLocated located, Instant assessedAt, Instant locatedAt) {
        Assessment a = located.assessment();
        Assessment assessment = new Assessment(a.rulebookVersion(), a.lawDate(), a.providerClassification(),
                a.applicableInstruments(), a.categories(), a.firedRules(), a.answerDeadline(), assessedAt);
        return new OrderLocated(located.orderId(), located.order(), assessment, located.locations(),
                located.unmatchedTargets(), locatedAt, located.addressee());
    }

    private static void awaitAuditEntries(UUID orderId, String action, int count) {
        Pipeline.eventually(() -> {
            List<String> actions = As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                    .then().statusCode(200).extract().jsonPath().getList("action");
            return actions.stream().filter(action::equals).count() >= count ? Optional.of(true) : Optional.empty();
        }, count + " audit entries " + action);
    }
}
