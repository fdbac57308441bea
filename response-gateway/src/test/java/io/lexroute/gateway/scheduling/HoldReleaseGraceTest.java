package io.lexroute.gateway.scheduling;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.lexroute.contracts.OrderDeadlinePassed;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.ReleaseService;
import io.lexroute.gateway.domain.CustodyAction;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hold timer releases a hold {@code lexroute.gateway.hold-release-grace} after its window's end, not at it: an
 * objection received before the end but handled during the grace still refuses the outcome and discards the package
 * held with it, while one received after the end is late, grace or not. Each order here is re-assessed with a window
 * that ended just now, so that the grace runs while the test looks.
 */
@QuarkusTest
@TestProfile(HoldReleaseGraceTest.ReleaseGrace.class)
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class HoldReleaseGraceTest {

    /** Long enough for a slow machine to look at the order during it (a Kafka round trip and some HTTP calls). */
    static final Duration GRACE = Duration.ofSeconds(20);

    /** A grace of some seconds, the hold timer and the passed-deadline check every second. */
    public static class ReleaseGrace implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lexroute.gateway.hold-release-grace", GRACE.toSeconds() + "s",
                    "lexroute.gateway.hold-check-interval", "1s",
                    "lexroute.gateway.deadline-check-interval", "1s");
        }
    }

    private static final String HOLDS = "/api/v1/orders/{orderId}/holds";
    private static final String OBJECTION = HOLDS + "/objection";
    private static final String DUTCH_PROSECUTOR = "nl-om-amsterdam";

    private final Pipeline pipeline = new Pipeline();

    @Inject
    ReleaseService release;

    @Inject
    DataPackageRepository packages;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void anObjectionReceivedBeforeTheEndAndHandledDuringTheGraceRefusesAndDiscardsTheHeldPackage() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = heldForTwoDays(orderId);
        String task = ProviderTasks.heldTask(order.provider());
        String packageId = ProviderTasks.uploadCsv(order.provider(), task, new byte[] {1, 2, 3});
        Instant ended = windowEndsNow(orderId, order);

        // The window has ended, the grace runs: still held, and the provider is told when it is released.
        assertStillHeld(order, orderId, ended);
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200)
                .body("[0].heldPackage.id", equalTo(packageId))
                .body("[0].heldPackage.releasesAt", equalTo(ended.plus(GRACE).toString()));

        // Received through official channels a second before the end, recorded by a reviewer during the grace.
        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(ended.minusSeconds(1)))
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(3)).body("status", equalTo("REFUSED"));
        assertThat(Instant.now()).as("handled during the grace, after the window's end").isAfter(ended)
                .isBefore(ended.plus(GRACE));

        assertThat(pipeline.awaitDecided(orderId, 3).decision().outcomes().get(0).grounds().get(0).code())
                .isEqualTo("ENFORCING_STATE_OBJECTION");
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);
        DataPackageEntity row = QuarkusTransaction.requiringNew()
                .call(() -> packages.findById(UUID.fromString(packageId)));
        assertThat(row.discardedAt).isNotNull();
        assertThat(row.releasedAt).isNull();
        assertThat(row.discardReason).contains("REFUSE", "ENFORCING_STATE_OBJECTION");
        assertThat(Path.of("target/test-packages", orderId.toString(), packageId)).doesNotExist();
        assertThat(release.custodyOf(UUID.fromString(packageId))).extracting(event -> event.action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.DISCARDED);
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("OBJECTED"));
        // Past the grace and a few ticks: the timer found nothing to release, and nothing ever reached the authority.
        assertThat(pipeline.countPackagesReceived(orderId, untilAfterTheGrace(ended))).isZero();
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=CANCELLED", order.provider())
                .then().statusCode(200).body("id", equalTo(List.of(task))).body("[0]", not(hasKey("heldPackage")));
        As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200).body("packages", hasSize(0));
    }

    @Test
    void withoutObjectionTheHeldPackageIsReleasedOnceAfterTheGraceNotAtTheWindowsEnd() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = heldForTwoDays(orderId);
        String packageId = ProviderTasks.uploadCsv(order.provider(), ProviderTasks.heldTask(order.provider()),
                new byte[] {1, 2, 3});
        Instant ended = windowEndsNow(orderId, order);

        assertStillHeld(order, orderId, ended);
        Duration untilJustBeforeTheGraceEnds = Duration.between(Instant.now(), ended.plus(GRACE).minusSeconds(1));
        assertThat(untilJustBeforeTheGraceEnds).as("the test looks during the grace").isPositive();
        assertThat(pipeline.countPackagesReceived(orderId, untilJustBeforeTheGraceEnds))
                .as("nothing published during the grace").isZero();

        OrderPackageReceived published = pipeline.awaitPackageReceived(orderId, UUID.fromString(packageId));
        assertThat(published.receivedAt()).as("released once the grace had passed")
                .isAfterOrEqualTo(ended.plus(GRACE));
        assertThat(pipeline.awaitDecided(orderId, 3).status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(pipeline.countPackagesReceived(orderId, Duration.ofSeconds(3))).as("once").isEqualTo(1);
        assertThat(pipeline.countDeadlinesPassed(orderId, Duration.ofSeconds(1)))
                .as("held, then uploaded: never awaited past the deadline").isZero();
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("RELEASED"));
    }

    @Test
    void anObjectionReceivedAfterTheEndIsLateEvenDuringTheGrace() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = heldForTwoDays(orderId);
        String packageId = ProviderTasks.uploadCsv(order.provider(), ProviderTasks.heldTask(order.provider()),
                new byte[] {1, 2, 3});
        Instant ended = windowEndsNow(orderId, order);

        // The notified State's own objection, posted after the end.
        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON)
                .body("{\"grounds\": \"Immunity under Dutch law.\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("too late"));
        // One a reviewer records as received after the end (now).
        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(Instant.now()))
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).body("detail", containsString("too late"));
        assertThat(Instant.now()).as("refused during the grace").isBefore(ended.plus(GRACE));
        assertStillHeld(order, orderId, ended);

        // The late objections changed nothing: the package is released after the grace.
        OrderPackageReceived published = pipeline.awaitPackageReceived(orderId, UUID.fromString(packageId));
        assertThat(published.receivedAt()).isAfterOrEqualTo(ended.plus(GRACE));
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void aHeldTaskWithoutItsPackageIsNotToldDuringTheGraceAndOpensPastItsDeadlineAfterIt() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = heldForTwoDays(orderId);
        ProviderTasks.heldTask(order.provider());
        Instant ended = windowEndsNow(orderId, order);

        assertStillHeld(order, orderId, ended);
        Duration untilJustBeforeTheGraceEnds = Duration.between(Instant.now(), ended.plus(GRACE).minusSeconds(1));
        assertThat(untilJustBeforeTheGraceEnds).as("the test looks during the grace").isPositive();
        assertThat(pipeline.countDeadlinesPassed(orderId, untilJustBeforeTheGraceEnds))
                .as("nothing is awaited of the provider while the task is held").isZero();

        // Released after the grace, the task opens past its deadline (the window's end) and is told then.
        OrderDeadlinePassed passed = pipeline.awaitDeadlinePassed(orderId);
        assertThat(passed.deadline()).isEqualTo(ended);
        assertThat(passed.noticedAt()).isAfterOrEqualTo(ended.plus(GRACE));
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=OPEN", order.provider())
                .then().statusCode(200).body("$", hasSize(1)).body("[0].overdue", equalTo(true));
    }

    /** An order whose CONTENT in NL is held for a window (and answer deadline) two days from now. */
    private LocatedOrders heldForTwoDays(UUID orderId) {
        Instant windowEnds = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(windowEnds)
                .heldUntil(CONTENT, "NL", 240, windowEnds);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        return order;
    }

    /** Re-assessed with a window, and answer deadline, that ends now (revision 2); answers the window's end. */
    private Instant windowEndsNow(UUID orderId, LocatedOrders order) {
        Instant ended = Instant.now().truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).provider(order.provider()).answerDeadline(ended)
                .heldUntil(CONTENT, "NL", 240, ended).build());
        assertThat(pipeline.awaitDecided(orderId, 2).status()).isEqualTo(OrderStatus.ON_HOLD);
        return ended;
    }

    /** During the grace: the hold pending at the window's end, the outcome held, the task HELD until that end. */
    private static void assertStillHeld(LocatedOrders order, UUID orderId, Instant ended) {
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200)
                .body("[0].state", equalTo("PENDING"))
                .body("[0].dueAt", equalTo(ended.toString()));
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("status", equalTo("ON_HOLD"))
                .body("decision.outcomes[0].outcome", equalTo("HOLD"))
                .body("releaseTasks[0].status", equalTo("HELD"))
                .body("releaseTasks[0].heldUntil", equalTo(ended.toString()))
                .body("releaseTasks[0].overdue", equalTo(false));
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200).body("$", hasSize(1)).body("[0].heldUntil", equalTo(ended.toString()));
        As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200).body("packages", hasSize(0));
    }

    /** From now until a few ticks after the grace has passed. */
    private static Duration untilAfterTheGrace(Instant ended) {
        return Duration.between(Instant.now(), ended.plus(GRACE).plusSeconds(3));
    }

    private static String objectionReceivedAt(Instant receivedAt) {
        return "{\"authority\": \"Officier van justitie, Amsterdam\", \"grounds\": \"Immunity under Dutch law.\","
                + " \"receivedAt\": \"" + receivedAt + "\"}";
    }
}
