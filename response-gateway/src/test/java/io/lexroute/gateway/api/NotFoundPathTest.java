package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.gateway.support.As;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A provider that finds nothing for a task: the outcome becomes REFUSE (DATA_NOT_HELD) in a new revision. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class NotFoundPathTest {

    private static final String TASKS = "/api/v1/providers/{provider}/release-tasks";

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void aCategoryNotFoundIsRefusedAsNotHeldAndTheRestIsStillDelivered() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US").released(TRAFFIC, "US");
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        JsonPath tasks = ProviderTasks.open(order.provider(), 2);
        String trafficTask = ProviderTasks.idOf(tasks, "TRAFFIC");
        String subscriberTask = ProviderTasks.idOf(tasks, "SUBSCRIBER");

        As.provider(order.provider()).contentType(ContentType.JSON).body("{\"note\": \"The account was erased in March 2026.\"}")
                .when().post(TASKS + "/{taskId}/not-found", order.provider(), trafficTask)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("PARTIALLY_RELEASED"));

        OrderDecided revised = pipeline.awaitDecided(orderId, 2);
        assertThat(revised.status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
        assertThat(revised.decision().outcomes())
                .extracting(CategoryOutcome::dataCategory, CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactly(tuple(SUBSCRIBER, "US", RELEASE), tuple(TRAFFIC, "US", REFUSE));
        CategoryOutcome refused = revised.decision().outcomes().get(1);
        assertThat(refused.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("DATA_NOT_HELD");
            assertThat(ground.citation()).contains("Annex III");
            assertThat(ground.reason()).contains(order.provider()).contains("erased in March 2026");
        });

        As.provider(order.provider()).contentType(ContentType.JSON).body("{}")
                .when().post(TASKS + "/{taskId}/not-found", order.provider(), trafficTask)
                .then().statusCode(409).contentType("application/problem+json");
        As.provider(order.provider()).when().get(TASKS + "?status=NOT_FOUND", order.provider())
                .then().statusCode(200).body("id", hasItem(trafficTask));
        As.submitter().when().get("/api/v1/orders/{orderId}/refusal", orderId)
                .then().statusCode(200)
                .body("items[0].dataCategory", equalTo("TRAFFIC"))
                .body("items[0].grounds[0].code", equalTo("DATA_NOT_HELD"));

        ProviderTasks.uploadCsv(order.provider(), subscriberTask, ReleasePathTest.bytes(100, 7));
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void whenNothingIsFoundTheOrderClosesRefused() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "NL");

        decidedThenNotFound(order).body("status", equalTo("REFUSED"));

        assertThat(pipeline.awaitDecided(orderId, 2).status()).isEqualTo(OrderStatus.REFUSED);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);
    }

    @Test
    void aClosedOrderLocatedAgainIsNotDecidedAgain() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "NL");
        decidedThenNotFound(order);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);

        // A re-assessment that crossed order.closed: the authority has its final answer, and no work is opened.
        pipeline.send(order.build());

        Pipeline.eventually(() -> As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200).extract().jsonPath().<String>getList("action")
                .contains("LOCATED_AFTER_CLOSURE") ? Optional.of(true) : Optional.<Boolean>empty(),
                "the audit entry of the order located after its closure");
        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("revision", equalTo(2)).body("status", equalTo("REFUSED"));
        As.provider(order.provider()).when().get(TASKS + "?status=OPEN", order.provider())
                .then().statusCode(200).body("$", hasSize(0));
    }

    /** Sends the order with its one subscriber release, and reports its task not found once it is decided. */
    private ValidatableResponse decidedThenNotFound(LocatedOrders order) {
        String task = ProviderTasks.openTaskOnceDecided(pipeline, order, "SUBSCRIBER");
        return As.provider(order.provider()).contentType(ContentType.JSON)
                .when().post(TASKS + "/{taskId}/not-found", order.provider(), task)
                .then().statusCode(200);
    }
}
