package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HOLD on real Kafka and PostgreSQL: released by the durable timer, or refused on an objection in time; and an
 * emergency's notification, which holds nothing while the notified State may still object.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class HoldTimerTest {

    private static final String HOLDS = "/api/v1/orders/{orderId}/holds";
    private static final String OBJECTION = HOLDS + "/objection";
    private static final String DUTCH_PROSECUTOR = "nl-om-amsterdam";
    private static final String EMERGENCY_OBJECTION =
            "{\"grounds\": \"The data is covered by an immunity under Dutch law.\"}";

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void aHoldWhoseWindowEndsIsReleasedByTheTimerAndGoesToTheProvider() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 0);
        pipeline.send(order.build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.ON_HOLD);

        OrderDecided released = pipeline.awaitDecided(orderId, 2);

        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(released.refusalDocumentLink()).as("nothing refused, no refusal document").isNull();
        CategoryOutcome outcome = released.decision().outcomes().get(0);
        assertThat(outcome.outcome()).isEqualTo(RELEASE);
        assertThat(outcome.grounds().get(0).code()).isEqualTo("HOLD_ENDED");
        assertThat(outcome.grounds().get(0).citation()).isEqualTo(LocatedOrders.NOTIFY.citation());
        assertThat(outcome.grounds()).contains(LocatedOrders.NOTIFY);
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200).body("[0].state", equalTo("RELEASED"));
        String task = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 1), "CONTENT");
        assertThat(task).isNotNull();
    }

    @Test
    void theProviderSeesAHeldReleaseTaskDuringTheWindowAndItOpensAtTheEndUnchanged() {
        UUID orderId = UUID.randomUUID();
        Instant deadline = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MICROS);
        Instant endsAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(deadline)
                .heldUntil(CONTENT, "NL", 240, endsAt);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);

        String task = As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].dataCategory", equalTo("CONTENT"))
                .body("[0].heldUntil", equalTo(endsAt.toString()))
                .body("[0].revision", equalTo(1))
                .body("[0].overdue", equalTo(false))
                .body("[0]", not(hasKey("uploadLink")))
                .body("[0].scope.accountIds", contains("acct-" + orderId))
                .extract().path("[0].id");
        // A package may come during the window, held back until its end (HeldPackageTest); a not-found report may not.
        As.provider(order.provider()).contentType(ContentType.JSON).body("{}")
                .when().post(ProviderTasks.TASKS + "/{taskId}/not-found", order.provider(), task)
                .then().statusCode(409).body("detail", containsString("held until " + endsAt));
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=OPEN", order.provider())
                .then().statusCode(200).body("$", hasSize(0));

        // Re-assessed with a window that ended a minute ago: the held task follows it, at the same revision.
        Instant ended = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).answerDeadline(deadline).heldUntil(CONTENT, "NL", 240, ended)
                .build());
        pipeline.awaitDecided(orderId, 2);
        assertThat(pipeline.awaitDecided(orderId, 3).status()).isEqualTo(OrderStatus.RELEASED);
        String opened = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 1), "CONTENT");
        assertThat(opened).isEqualTo(task);
        // What the provider prepared from the held task still answers it: same scope, same revision.
        As.provider(order.provider()).contentType("text/csv").header("If-Match", "\"1\"").body(new byte[] {1, 2, 3})
                .when().put(ProviderTasks.PACKAGE, order.provider(), task)
                .then().statusCode(201);
    }

    @Test
    void anObjectionDuringTheWindowCancelsTheHeldReleaseTask() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 240);
        String task = ProviderTasks.heldTaskOnceDecided(pipeline, order);

        As.reviewer().contentType(ContentType.JSON)
                .body("{\"authority\": \"Officier van justitie, Amsterdam\", \"grounds\": \"Immunity.\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));

        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=CANCELLED", order.provider())
                .then().statusCode(200).body("id", contains(task)).body("[0]", not(hasKey("heldUntil")));
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200).body("$", hasSize(0));
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("OBJECTED"));
    }

    @Test
    void theTimerIsDueWhenTheResolverSaysTheWindowEndsNotAWindowAfterTheDecision() {
        UUID pending = UUID.randomUUID();
        Instant endsAt = Instant.now().plus(Duration.ofHours(200)).truncatedTo(ChronoUnit.SECONDS);
        pipeline.send(LocatedOrders.order(pending).heldUntil(CONTENT, "NL", 240, endsAt).build());
        pipeline.awaitDecided(pending, 1);

        As.submitter().when().get(HOLDS, pending)
                .then().statusCode(200).body("[0].state", equalTo("PENDING")).body("[0].windowHours", equalTo(240))
                .body("[0].dueAt", equalTo(endsAt.toString()));

        UUID ended = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(ended).heldUntil(CONTENT, "NL", 240, Instant.now().minusSeconds(60))
                .build());
        assertThat(pipeline.awaitDecided(ended, 1).status()).isEqualTo(OrderStatus.ON_HOLD);
        OrderDecided released = pipeline.awaitDecided(ended, 2);
        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(released.decision().outcomes().get(0).grounds().get(0).code()).isEqualTo("HOLD_ENDED");
    }

    @Test
    void anObjectionRecordedByAReviewerBeforeTheWindowEndsRefusesTheHeldOutcomes() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).held(CONTENT, "NL", 240).build());
        pipeline.awaitDecided(orderId, 1);
        String dueAt = As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200).body("[0].state", equalTo("PENDING")).body("[0].windowHours", equalTo(240))
                .extract().path("[0].dueAt");
        assertThat(Instant.parse(dueAt)).isAfter(Instant.now().plus(Duration.ofHours(239)));

        As.reviewer().contentType(ContentType.JSON).body("{\"authority\": \" \"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("grounds"));
        // A reviewer records an objection received through official channels, and must say whose it is.
        As.reviewer().contentType(ContentType.JSON).body("{\"grounds\": \"B\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(400).body("violations.field", contains("authority"));
        // Its name goes on one line of the grounds and the log: no line break, no bidirectional override.
        for (String forged : List.of("Officier van justitie\\nINFO forged line", "Officier \\u202Emadretsma")) {
            As.reviewer().contentType(ContentType.JSON)
                    .body("{\"authority\": \"" + forged + "\", \"grounds\": \"B\"}")
                    .when().post(OBJECTION, orderId)
                    .then().statusCode(400).body("violations.field", contains("authority"));
        }
        As.reviewer().contentType(ContentType.JSON)
                .body("{\"authority\": \"Officier van justitie, Amsterdam\", "
                        + "\"grounds\": \"The data is covered by an immunity under Dutch law.\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("REFUSED"))
                .body("decision", equalTo("/api/v1/decisions/" + orderId));
        String objectedBy = "Officier van justitie, Amsterdam (recorded by " + As.REVIEWER + ")";
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("decision.outcomes[0].outcome", equalTo("REFUSE"))
                .body("decision.outcomes[0].grounds[0].code", equalTo("ENFORCING_STATE_OBJECTION"))
                .body("decision.outcomes[0].grounds[0].citation", equalTo("Objection raised by " + objectedBy));

        OrderDecided refused = pipeline.awaitDecided(orderId, 2);
        assertThat(refused.decision().outcomes().get(0).outcome()).isEqualTo(REFUSE);
        assertThat(refused.decision().outcomes().get(0).grounds().get(0).reason())
                .isEqualTo("The data is covered by an immunity under Dutch law.");
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);
        As.reviewer().contentType(ContentType.JSON).body("{\"authority\": \"A\", \"grounds\": \"B\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).contentType("application/problem+json");
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200)
                .body("[0].state", equalTo("OBJECTED"))
                .body("[0].objectedBy", equalTo(objectedBy));
    }

    @Test
    void aPendingHoldEndsWhereTheLatestAssessmentSaysItsWindowEnds() {
        UUID orderId = UUID.randomUUID();
        Instant first = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MICROS);
        Instant corrected = first.plus(Duration.ofHours(13));
        pipeline.send(LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 240, first).build());
        pipeline.awaitDecided(orderId, 1);

        // Re-assessed under a corrected rule: the window now ends later, and the new revision says so.
        pipeline.send(LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 253, corrected).build());
        pipeline.awaitDecided(orderId, 2);

        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].state", equalTo("PENDING"))
                .body("[0].windowHours", equalTo(253))
                .body("[0].dueAt", equalTo(corrected.toString()));
    }

    @Test
    void anObjectionReceivedBeforeTheWindowEndedRefusesWhatTheTimerReleasedMeanwhile() {
        UUID orderId = UUID.randomUUID();
        Instant endsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 240, endsAt);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        assertThat(pipeline.awaitDecided(orderId, 2).status()).as("released by the timer")
                .isEqualTo(OrderStatus.RELEASED);
        String task = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 1), "CONTENT");

        // Received now, after the window (the timer released the hold at its end, not before).
        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(Instant.now()))
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).contentType("application/problem+json");
        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(Instant.now().plusSeconds(3600)))
                .when().post(OBJECTION, orderId)
                .then().statusCode(400).body("violations.field", contains("receivedAt"));
        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(endsAt.minus(Duration.ofDays(366))))
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).body("detail", containsString("before its notification window began"));
        // Received through official channels a second before the end, recorded by a reviewer afterwards.
        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(endsAt.minusSeconds(1)))
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(3)).body("status", equalTo("REFUSED"));

        assertRefusedOnTheObjection(order, task, 3);
    }

    @Test
    void anObjectionReceivedBeforeTheWindowEndedRefusesAnOutcomeStillInReviewWhenItEnded() {
        UUID orderId = UUID.randomUUID();
        Instant endsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).inReviewAndHeld(CONTENT, "NL", endsAt).build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        Pipeline.eventually(() -> "CANCELLED".equals(As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200).extract().path("[0].state")) ? Optional.of(true) : Optional.empty(),
                "the window's end, while in review");

        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(endsAt.minusSeconds(1)))
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(2)).body("status", equalTo("REFUSED"));
        assertThat(pipeline.awaitDecided(orderId, 2).decision().outcomes().get(0).grounds().get(0).code())
                .isEqualTo("ENFORCING_STATE_OBJECTION");
    }

    @Test
    void anObjectionReceivedInTimeComesTooLateForDataAlreadyDelivered() {
        UUID orderId = UUID.randomUUID();
        Instant endsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 240, endsAt);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 2);
        String task = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 1), "CONTENT");
        As.provider(order.provider()).contentType("text/plain").body("the mailbox")
                .when().put(ProviderTasks.PACKAGE, order.provider(), task)
                .then().statusCode(201);

        As.reviewer().contentType(ContentType.JSON).body(objectionReceivedAt(endsAt.minusSeconds(1)))
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).body("detail", containsString("delivered"));
    }

    private static String objectionReceivedAt(Instant receivedAt) {
        return "{\"authority\": \"Officier van justitie, Amsterdam\", \"grounds\": \"Immunity under Dutch law.\","
                + " \"receivedAt\": \"" + receivedAt + "\"}";
    }

    @Test
    void aReLocatedOrderKeepsTheObjectionAndTheReviewersDecision() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 240).inReview(TRAFFIC, "US");
        pipeline.send(order.build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        As.reviewer().contentType(ContentType.JSON)
                .body("{\"authority\": \"Officier van justitie, Amsterdam\", \"grounds\": \"Immunity.\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(2));
        As.reviewer().contentType(ContentType.JSON)
                .body("{\"dataCategory\": \"TRAFFIC\", \"location\": \"US\", \"outcome\": \"RELEASE\", "
                        + "\"reason\": \"No conflict for traffic data.\"}")
                .when().post("/api/v1/reviews/{orderId}/decision", orderId)
                .then().statusCode(200);
        OrderDecided settled = pipeline.awaitDecided(orderId, 3);
        assertThat(settled.status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);

        // The order is located again (as after a re-assessment) and still calls for the hold and the review.
        pipeline.send(order.build());
        OrderDecided again = pipeline.awaitDecided(orderId, 4);

        assertThat(again.status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
        assertThat(again.decision().outcomes()).isEqualTo(settled.decision().outcomes());
        assertThat(again.decision().outcomes()).extracting(o -> o.outcome(), o -> o.grounds().get(0).code())
                .containsExactlyInAnyOrder(tuple(REFUSE, "ENFORCING_STATE_OBJECTION"),
                        tuple(RELEASE, "LEGAL_REVIEW_DECISION"));
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200).body("[0].state", equalTo("OBJECTED"));
    }

    @Test
    void anAuthorityOfAStateWhereHeldDataIsStoredObjectsForItsOwnStateOnly() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).held(CONTENT, "NL", 240).held(TRAFFIC, "IE", 240).build());
        pipeline.awaitDecided(orderId, 1);

        // Each State reads its own holds only: not the other's, nor (later) its objection and grounds.
        As.authority(DUTCH_PROSECUTOR, "NL").when().get(HOLDS, orderId)
                .then().statusCode(200).body("dataCategory", contains("CONTENT"));
        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON)
                .body("{\"authority\": \"ignored: the token names the objector\", "
                        + "\"grounds\": \"Immunity under Dutch law.\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(2)).body("status", equalTo("ON_HOLD"));

        OrderDecided revised = pipeline.awaitDecided(orderId, 2);
        assertThat(revised.decision().outcomes())
                .extracting(CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactly(tuple("NL", REFUSE), tuple("IE", HOLD));
        assertThat(revised.decision().outcomes().get(0).grounds().get(0).citation())
                .isEqualTo("Objection raised by " + DUTCH_PROSECUTOR);
        As.operator().when().get(HOLDS, orderId)
                .then().statusCode(200)
                .body("find { it.location == 'NL' }.state", equalTo("OBJECTED"))
                .body("find { it.location == 'IE' }.state", equalTo("PENDING"));
        As.authority("ie-garda", "IE").when().get(HOLDS, orderId)
                .then().statusCode(200).body("location", contains("IE")).body("[0].objection", nullValue());
    }

    @Test
    void theStateOfTheProvidersAddresseeObjectsNotTheStateWhereTheDataIsStored() {
        UUID orderId = UUID.randomUUID();
        // Content stored in Ireland and in the US, of a provider whose designated establishment is in Luxembourg.
        pipeline.send(LocatedOrders.order(orderId).addresseeIn("LU").held(CONTENT, "IE", 240)
                .heldUntil(TRAFFIC, "US", 240, Instant.now().plus(Duration.ofDays(9))).build());
        pipeline.awaitDecided(orderId, 1);
        String objection = "{\"grounds\": \"Grounds for refusal raised by the notified State.\"}";

        As.authority("ie-garda", "IE").when().get(HOLDS, orderId).then().statusCode(403);
        As.authority("ie-garda", "IE").contentType(ContentType.JSON).body(objection)
                .when().post(OBJECTION, orderId).then().statusCode(403);
        As.authority("lu-parquet", "LU").when().get(HOLDS, orderId)
                .then().statusCode(200)
                .body("location", containsInAnyOrder("IE", "US"))
                .body("enforcingState", containsInAnyOrder("LU", "LU"));
        As.authority("lu-parquet", "LU").contentType(ContentType.JSON).body(objection)
                .when().post(OBJECTION, orderId).then().statusCode(200).body("status", equalTo("REFUSED"));

        OrderDecided revised = pipeline.awaitDecided(orderId, 2);
        assertThat(revised.decision().outcomes())
                .extracting(CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactlyInAnyOrder(tuple("IE", REFUSE), tuple("US", REFUSE));
        assertThat(revised.decision().outcomes().get(0).grounds().get(0).citation())
                .isEqualTo("Objection raised by lu-parquet");
    }

    @Test
    void withoutAnAddresseeTheStateWhereTheDataIsStoredObjects() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).held(CONTENT, "IE", 240).build());
        pipeline.awaitDecided(orderId, 1);

        As.authority("lu-parquet", "LU").when().get(HOLDS, orderId).then().statusCode(403);
        As.authority("ie-garda", "IE").when().get(HOLDS, orderId)
                .then().statusCode(200).body("[0].enforcingState", equalTo("IE"));
    }

    @Test
    void noStateObjectsWhereTheAddresseeIsInTheIssuingStateOrTheDataOutsideTheUnion() {
        UUID ownState = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(ownState).addresseeIn(LocatedOrders.SUBMITTER_COUNTRY)
                .held(CONTENT, "IE", 240).build());
        UUID usStored = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(usStored).held(CONTENT, "US", 240).build());
        pipeline.awaitDecided(ownState, 1);
        pipeline.awaitDecided(usStored, 1);
        String objection = "{\"grounds\": \"Grounds for refusal.\"}";

        // The issuing State is not notified of its own order; a State outside the Regulation is not notified at all.
        As.authority("de-bka", LocatedOrders.SUBMITTER_COUNTRY).contentType(ContentType.JSON).body(objection)
                .when().post(OBJECTION, ownState).then().statusCode(403);
        As.authority("ie-garda", "IE").when().get(HOLDS, ownState).then().statusCode(403);
        As.authority("us-doj", "US").contentType(ContentType.JSON).body(objection)
                .when().post(OBJECTION, usStored).then().statusCode(403);
        As.operator().when().get(HOLDS, usStored)
                .then().statusCode(200).body("[0].location", equalTo("US")).body("[0]", not(hasKey("enforcingState")));
        // A legal reviewer still records an objection that reached the platform otherwise.
        As.reviewer().contentType(ContentType.JSON).body("{\"authority\": \"A\", \"grounds\": \"B\"}")
                .when().post(OBJECTION, usStored).then().statusCode(200).body("status", equalTo("REFUSED"));
    }

    @Test
    void theNotifiedStateObjectsWithinItsWindowWhileTheOutcomeIsInReview() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId)
                .inReviewAndHeld(CONTENT, "NL", Instant.now().plus(Duration.ofDays(9))).build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON)
                .body("{\"grounds\": \"Grounds for refusal raised by the notified State.\"}")
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));

        OrderDecided refused = pipeline.awaitDecided(orderId, 2);
        assertThat(refused.decision().outcomes().get(0).grounds().get(0).code())
                .isEqualTo("ENFORCING_STATE_OBJECTION");
        As.reviewer().when().get("/api/v1/reviews?status=CANCELLED&orderId={orderId}", orderId)
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aWindowReopenedWithoutTheResolversEndKeepsItsDueTime() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).held(CONTENT, "NL", 240).build());
        pipeline.awaitDecided(orderId, 1);
        String firstDue = As.operator().when().get(HOLDS, orderId).then().statusCode(200)
                .extract().path("[0].dueAt");

        pipeline.send(LocatedOrders.order(orderId).inReview(CONTENT, "NL").build());
        pipeline.awaitDecided(orderId, 2);
        As.operator().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("CANCELLED"));
        pipeline.send(LocatedOrders.order(orderId).held(CONTENT, "NL", 240).build());
        pipeline.awaitDecided(orderId, 3);

        As.operator().when().get(HOLDS, orderId).then().statusCode(200)
                .body("[0].state", equalTo("PENDING")).body("[0].dueAt", equalTo(firstDue));
    }

    @Test
    void anObjectionToAnUnknownOrderIsNotFoundForAReviewer() {
        As.reviewer().contentType(ContentType.JSON).body("{\"authority\": \"A\", \"grounds\": \"B\"}")
                .when().post(OBJECTION, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    // An emergency whose notification suspends nothing (Regulation (EU) 2023/1543 Art. 8(4)): released at once, and
    // the notified State may still object within its 96 hours (Art. 12(1)).

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
                .body("[0].state", equalTo("UNSUSPENDED"))
                .body("[0].enforcingState", equalTo("NL"))
                .body("[0].windowHours", equalTo(96))
                .body("[0].dueAt", equalTo(endsAt.toString()));

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(EMERGENCY_OBJECTION)
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("revision", equalTo(2)).body("status", equalTo("REFUSED"));

        assertRefusedOnTheObjection(order, task, 2);
    }

    @Test
    void anObjectionToDataAlreadyDeliveredIsRefusedAndTheDeliveryStands() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId)
                .notifiedInEmergency(CONTENT, "NL", Instant.now().plus(Duration.ofHours(90)));
        ProviderTasks.uploadCsvOnceDecided(pipeline, order, "CONTENT", new byte[] {1, 2, 3});

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(EMERGENCY_OBJECTION)
                .when().post(OBJECTION, orderId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("delivered before the objection"));

        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("decision.outcomes[0].outcome", equalTo("RELEASE"));
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("UNSUSPENDED"));
    }

    @Test
    void anObjectionAfterTheNinetySixHoursIsLate() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId)
                .notifiedInEmergency(CONTENT, "NL", Instant.now().minusSeconds(60));
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(EMERGENCY_OBJECTION)
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

        As.authority("be-parquet-bruxelles", "BE").contentType(ContentType.JSON).body(EMERGENCY_OBJECTION)
                .when().post(OBJECTION, orderId)
                .then().statusCode(403);
    }

    @Test
    void anEmergencysWindowStillRunsWhileItsOutcomeIsInReview() {
        UUID orderId = UUID.randomUUID();
        Instant endsAt = Instant.now().plus(Duration.ofHours(96)).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).notifiedInEmergency(CONTENT, "NL", endsAt).build());
        pipeline.awaitDecided(orderId, 1);
        // Located again, now in conflict with the law of the storage State: the release waits for a reviewer.
        pipeline.send(LocatedOrders.order(orderId).inReviewNotifiedInEmergency(CONTENT, "NL", endsAt).build());
        assertThat(pipeline.awaitDecided(orderId, 2).status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("PENDING"));

        As.authority(DUTCH_PROSECUTOR, "NL").contentType(ContentType.JSON).body(EMERGENCY_OBJECTION)
                .when().post(OBJECTION, orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));

        assertThat(pipeline.awaitDecided(orderId, 3).decision().outcomes().get(0).outcome()).isEqualTo(REFUSE);
    }

    @Test
    void aReassessmentWhoseNotificationSuspendsTheReleaseHoldsWhatWasNotDelivered() {
        UUID orderId = UUID.randomUUID();
        Instant endsAt = Instant.now().plus(Duration.ofHours(96)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders emergency = LocatedOrders.order(orderId).notifiedInEmergency(CONTENT, "NL", endsAt);
        pipeline.send(emergency.build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.RELEASED);

        pipeline.send(LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 96, endsAt).build());

        OrderDecided held = pipeline.awaitDecided(orderId, 2);
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200)
                .body("[0].state", equalTo("PENDING")).body("[0].dueAt", equalTo(endsAt.toString()));
        assertThat(ProviderTasks.heldTask(emergency.provider())).isNotNull();
    }

    /** Revision {@code revision} refuses the order's one outcome on the objection, its task and timer with it. */
    private void assertRefusedOnTheObjection(LocatedOrders order, String task, int revision) {
        OrderDecided refused = pipeline.awaitDecided(order.orderId(), revision);
        assertThat(refused.decision().outcomes().get(0).outcome()).isEqualTo(REFUSE);
        assertThat(refused.decision().outcomes().get(0).grounds().get(0).code())
                .isEqualTo("ENFORCING_STATE_OBJECTION");
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=CANCELLED", order.provider())
                .then().statusCode(200).body("id", contains(task));
        As.submitter().when().get(HOLDS, order.orderId()).then().statusCode(200)
                .body("[0].state", equalTo("OBJECTED"));
    }
}
