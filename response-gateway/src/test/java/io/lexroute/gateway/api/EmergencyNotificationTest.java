package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An emergency order whose notification suspends nothing (Regulation (EU) 2023/1543 Art. 8(4)): released at once,
 * and the notified State may still object within its 96 hours (Art. 12(1)), on real Kafka and PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class EmergencyNotificationTest {

    private static final String HOLDS = "/api/v1/orders/{orderId}/holds";
    private static final String OBJECTION = HOLDS + "/objection";
    private static final String DUTCH_PROSECUTOR = "nl-om-amsterdam";
    private static final String GROUNDS = "{\"grounds\": \"The data is covered by an immunity under Dutch law.\"}";

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void theReleaseDoesNotWaitAndAnObjectionBeforeDeliveryRefusesIt() {
        UUID orderId = UUID.randomUUID();
        Instant endsAt = Instant.now().plus(Duration.ofHours(96)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).notifiedInEmergency(CONTENT, "NL", endsAt);
        pipeline.send(order.build());

        OrderDecided released = pipeline.awaitDecided(orderId, 1);
        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        CategoryOutcome outcome = released.decision().outcomes().get(0);
        assertThat(outcome.outcome()).isEqualTo(RELEASE);
        assertThat(outcome.grounds()).contains(LocatedOrders.NOTIFY);
        String task = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 1), "CONTENT");
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].state", equalTo("RELEASED"))
                .body("[0].enforcingState", equalTo("NL"))
                .body("[0].windowHours", equalTo(96))
                .body("[0].dueAt", equalTo(endsAt.toString()));

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(GROUNDS)
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(2)).body("status", equalTo("REFUSED"));

        OrderDecided refused = pipeline.awaitDecided(orderId, 2);
        assertThat(refused.decision().outcomes().get(0).outcome()).isEqualTo(REFUSE);
        assertThat(refused.decision().outcomes().get(0).grounds().get(0).code())
                .isEqualTo("ENFORCING_STATE_OBJECTION");
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=CANCELLED", order.provider())
                .then().statusCode(200).body("id", contains(task));
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("OBJECTED"));
    }

    @Test
    void anObjectionToDataAlreadyDeliveredIsRefusedAndTheDeliveryStands() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId)
                .notifiedInEmergency(CONTENT, "NL", Instant.now().plus(Duration.ofHours(90)));
        ProviderTasks.uploadCsvOnceDecided(pipeline, order, "CONTENT", new byte[] {1, 2, 3});

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(GROUNDS)
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("delivered before the objection"));

        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("decision.outcomes[0].outcome", equalTo("RELEASE"));
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("RELEASED"));
    }

    @Test
    void anObjectionAfterTheNinetySixHoursIsLate() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId)
                .notifiedInEmergency(CONTENT, "NL", Instant.now().minusSeconds(60));
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(GROUNDS)
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).body("detail", containsString("too late"));

        ProviderTasks.open(order.provider(), 1);
    }

    @Test
    void onlyTheNotifiedStateMayObject() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId)
                .notifiedInEmergency(CONTENT, "NL", Instant.now().plus(Duration.ofHours(96)));
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);

        As.authority("be-parquet-bruxelles", "BE").contentType(ContentType.JSON).body(GROUNDS)
                .when().post(OBJECTION, orderId)
                .then().statusCode(403);
    }
}
