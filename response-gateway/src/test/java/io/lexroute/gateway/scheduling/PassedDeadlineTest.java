package io.lexroute.gateway.scheduling;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.contracts.OrderDeadlinePassed;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.PassedDeadlineService;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The issuing authority is told, once per release task, that the answer deadline passed while the provider's package
 * was still awaited; a package that came in time, or a task held for the notified State's window, is not told.
 */
@QuarkusTest
@TestProfile(PassedDeadlineTest.ShortCheckInterval.class)
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class PassedDeadlineTest {

    /** The scheduler ticks every second, so that a test sees several ticks. */
    public static class ShortCheckInterval implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lexroute.gateway.deadline-check-interval", "1s");
        }
    }

    /** Long enough for several ticks of the scheduler. */
    private static final Duration TICKS = Duration.ofSeconds(4);

    private final Pipeline pipeline = new Pipeline();

    @Inject
    PassedDeadlineService deadlines;

    @Inject
    ReleaseTaskRepository tasks;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void anOpenTaskPastItsDeadlineIsToldOnceWhateverTicksAndInstancesLookForIt() {
        UUID orderId = UUID.randomUUID();
        Instant deadline = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(deadline).released(SUBSCRIBER, "IE");
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        // Two more instances' ticks at once, besides the scheduler's.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(deadlines::tellPassedDeadlines);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(deadlines::tellPassedDeadlines);
        CompletableFuture.allOf(one, other).join();

        OrderDeadlinePassed passed = pipeline.awaitDeadlinePassed(orderId);

        assertThat(passed.dataCategory()).isEqualTo(SUBSCRIBER);
        assertThat(passed.location()).isEqualTo("IE");
        assertThat(passed.provider()).isEqualTo(order.provider());
        assertThat(passed.deadline()).isEqualTo(deadline);
        assertThat(passed.noticedAt()).isAfter(deadline);
        deadlines.tellPassedDeadlines();
        assertThat(pipeline.countDeadlinesPassed(orderId, TICKS)).as("told once, after several ticks").isEqualTo(1);
        ReleaseTaskEntity task = QuarkusTransaction.requiringNew().call(() -> tasks.ofOrder(orderId).get(0));
        assertThat(task.deadlinePassedNotifiedAt).isEqualTo(passed.noticedAt());
        List<String> actions = As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200).extract().jsonPath().getList("action", String.class);
        assertThat(actions.stream().filter("DEADLINE_PASSED"::equals)).hasSize(1);
        // The provider's view is as before: the task stays open, and overdue.
        JsonPath open = ProviderTasks.open(order.provider(), 1);
        assertThat(open.getBoolean("[0].overdue")).isTrue();
    }

    @Test
    void aPackageThatCameInTimeIsNotToldTheOneStillAwaitedIs() {
        UUID orderId = UUID.randomUUID();
        // Room for the send, the decision and the upload on a slow machine, with the 1 s schedulers running; the wait
        // for the notice (a minute) starts after the upload.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(deadline)
                .released(SUBSCRIBER, "IE").released(TRAFFIC, "IE");
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        String subscriber = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 2), "SUBSCRIBER");
        ProviderTasks.uploadCsv(order.provider(), subscriber, new byte[] {1, 2, 3});
        assertThat(Instant.now()).as("the package came before the deadline").isBefore(deadline);

        OrderDeadlinePassed passed = pipeline.awaitDeadlinePassed(orderId);

        assertThat(passed.dataCategory()).isEqualTo(TRAFFIC);
        assertThat(passed.noticedAt()).isAfter(deadline);
        assertThat(pipeline.countDeadlinesPassed(orderId, TICKS)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.ofOrder(orderId)))
                .filteredOn(task -> task.dataCategory == SUBSCRIBER).singleElement()
                .satisfies(task -> assertThat(task.deadlinePassedNotifiedAt).isNull());
    }

    @Test
    void aDeadlineThatALaterLocationMovesIsToldAgainWhenItPasses() {
        UUID orderId = UUID.randomUUID();
        Instant first = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(first).released(SUBSCRIBER, "IE");
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        assertThat(pipeline.awaitDeadlinePassed(orderId).deadline()).isEqualTo(first);

        Instant moved = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).provider(order.provider()).answerDeadline(moved)
                .released(SUBSCRIBER, "IE").build());
        pipeline.awaitDecided(orderId, 2);

        Pipeline.eventually(() -> pipeline.countDeadlinesPassed(orderId, Duration.ofSeconds(1)) == 2
                ? Optional.of(true) : Optional.<Boolean>empty(), "the moved deadline told");
        assertThat(pipeline.countDeadlinesPassed(orderId, TICKS)).as("once per deadline").isEqualTo(2);
    }

    @Test
    void aTaskHeldForTheNotifiedStatesWindowIsToldOnlyOnceItOpens() {
        UUID orderId = UUID.randomUUID();
        Instant deadline = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        Instant windowEnds = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders held = LocatedOrders.order(orderId).answerDeadline(deadline)
                .heldUntil(CONTENT, "NL", 240, windowEnds);
        pipeline.send(held.build());
        pipeline.awaitDecided(orderId, 1);
        deadlines.tellPassedDeadlines();
        assertThat(pipeline.countDeadlinesPassed(orderId, TICKS)).as("nothing is awaited of the provider yet").isZero();

        // Re-assessed with a window that has ended: the hold timer releases the data, and the task opens.
        Instant ended = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).provider(held.provider()).answerDeadline(deadline)
                .heldUntil(CONTENT, "NL", 240, ended).build());
        assertThat(pipeline.awaitDecided(orderId, 3).status()).isEqualTo(OrderStatus.RELEASED);

        OrderDeadlinePassed passed = pipeline.awaitDeadlinePassed(orderId);

        assertThat(passed.dataCategory()).isEqualTo(CONTENT);
        assertThat(passed.location()).isEqualTo("NL");
        As.provider(held.provider()).when().get(ProviderTasks.TASKS + "?status=OPEN", held.provider())
                .then().statusCode(200).body("[0].overdue", equalTo(true));
    }
}
