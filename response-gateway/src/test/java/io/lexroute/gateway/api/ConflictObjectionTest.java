package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's reasoned objection under Regulation (EU) 2023/1543 Art. 17 on real Kafka and PostgreSQL: it keeps the
 * conflicting outcome of a European Production Order in review (execution suspended), and a later release or refusal
 * records what came of it.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class ConflictObjectionTest {

    private static final String DECIDE = "/api/v1/reviews/{orderId}/decision";
    private static final String REVIEWS = "/api/v1/reviews?status={status}&orderId={orderId}";
    private static final String DECISION = "/api/v1/decisions/{orderId}";
    private static final String HOLDS = "/api/v1/orders/{orderId}/holds";
    private static final String REVIEWER = As.REVIEWER;
    private static final String OBJECTION = "Disclosing the content would breach 18 U.S.C. 2702(a), which binds the "
            + "provider for these data.";
    private static final String UPHELD = "The issuing authority maintained the order and the court upheld it.";
    private static final String WITHDRAWN = "The issuing authority withdrew the order after the objection.";
    private static final Ground OBJECTION_FILED = new Ground("CONFLICT_OBJECTION_FILED",
            "Regulation (EU) 2023/1543, Art. 17", "Reasoned objection filed by " + REVIEWER + ": " + OBJECTION
                    + " Execution is suspended while the issuing authority decides whether to maintain the order and,"
                    + " if it does, while a court of the issuing State reviews it.");

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void anObjectionSuspendsTheOutcomeInReviewUntilTheCourtUpholdsTheOrder() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "IE")
                .inThirdCountryConflict(CONTENT, "US");
        pipeline.send(order.build());
        OrderDecided first = pipeline.awaitDecided(orderId, 1);
        assertThat(first.status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);

        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION)
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("IN_LEGAL_REVIEW"))
                .body("decision.outcomes[1].outcome", equalTo("LEGAL_REVIEW"))
                .body("releaseTasks.dataCategory", equalTo(List.of("SUBSCRIBER")));

        OrderDecided objected = pipeline.awaitDecided(orderId, 2);
        assertThat(objected.status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        assertThat(objected.decision().outcomes().get(0)).isEqualTo(first.decision().outcomes().get(0));
        CategoryOutcome suspended = objected.decision().outcomes().get(1);
        assertThat(suspended.outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(suspended.grounds()).containsExactly(OBJECTION_FILED, LocatedOrders.THIRD_COUNTRY_CONFLICT);
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("OBJECTION_FILED"))
                .body("[0].objectedBy", equalTo(REVIEWER))
                .body("[0].objection", equalTo(OBJECTION))
                .body("[0].outcome", nullValue())
                .body("[0].decide", equalTo("/api/v1/reviews/" + orderId + "/decision"));
        As.reviewer().when().get(REVIEWS, "PENDING", orderId).then().statusCode(200).body("$", hasSize(0));
        As.submitter().when().get(HOLDS, orderId).then().statusCode(200).body("$", hasSize(0));

        decide(orderId, "CONTENT", "US", "RELEASE", UPHELD)
                .statusCode(200)
                .body("revision", equalTo(3))
                .body("status", equalTo("RELEASED"));

        CategoryOutcome released = pipeline.awaitDecided(orderId, 3).decision().outcomes().get(1);
        assertThat(released.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(released.grounds()).containsExactly(reviewed(UPHELD), OBJECTION_FILED,
                LocatedOrders.THIRD_COUNTRY_CONFLICT);
        assertThat(ProviderTasks.idOf(ProviderTasks.open(order.provider(), 2), "CONTENT")).isNotNull();
        As.reviewer().when().get(REVIEWS, "DECIDED", orderId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].outcome", equalTo("RELEASE"))
                .body("[0].reason", equalTo(UPHELD))
                .body("[0].objection", equalTo(OBJECTION))
                .body("[0].decide", nullValue());
        assertThat(As.reviewer().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'REVIEW_DECIDED' }.details.outcome"))
                .containsExactly("OBJECT", "RELEASE");
    }

    @Test
    void aReleaseAfterTheCourtStillWaitsForTheNotifiedStatesWindow() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId)
                .inThirdCountryConflictAndHeld(CONTENT, "US", Instant.now().plus(Duration.ofDays(2))).build());
        pipeline.awaitDecided(orderId, 1);

        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION)
                .statusCode(200).body("status", equalTo("IN_LEGAL_REVIEW"));
        // Suspended: the notified State's window still runs, so that it may object, but its end releases nothing.
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].state", equalTo("PENDING"));

        decide(orderId, "CONTENT", "US", "RELEASE", UPHELD)
                .statusCode(200)
                .body("revision", equalTo(3))
                .body("status", equalTo("ON_HOLD"))
                // Held until the window's end: the provider sees it, and may upload nothing yet.
                .body("releaseTasks.status", contains("HELD"));

        CategoryOutcome held = pipeline.awaitDecided(orderId, 3).decision().outcomes().get(0);
        assertThat(held.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(held.grounds()).containsExactly(LocatedOrders.NOTIFY, reviewed(UPHELD), OBJECTION_FILED,
                LocatedOrders.THIRD_COUNTRY_CONFLICT);
        As.submitter().when().get(HOLDS, orderId)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].state", equalTo("PENDING"));
    }

    @Test
    void aWithdrawnOrderIsRefusedWithTheReviewersReasonAndAnObjectionIsFiledOnce() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US").build());
        pipeline.awaitDecided(orderId, 1);
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200).body("revision", equalTo(2));

        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already filed"));

        decide(orderId, "CONTENT", "US", "REFUSE", WITHDRAWN)
                .statusCode(200)
                .body("revision", equalTo(3))
                .body("status", equalTo("REFUSED"));
        CategoryOutcome refused = pipeline.awaitDecided(orderId, 3).decision().outcomes().get(0);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(refused.grounds()).containsExactly(reviewed(WITHDRAWN), OBJECTION_FILED,
                LocatedOrders.THIRD_COUNTRY_CONFLICT);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);
        As.submitter().when().get("/api/v1/orders/{orderId}/refusal", orderId)
                .then().statusCode(200)
                .body("items[0].grounds[0].reason", equalTo(WITHDRAWN))
                .body("items[0].grounds[1].code", equalTo("CONFLICT_OBJECTION_FILED"));
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(409);
    }

    @Test
    void anObjectionNeedsTheResolversConflictWithAThirdCountrysLaw() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).withoutApplicableRule(CONTENT, "US").inReview(TRAFFIC, "IE")
                .build());
        pipeline.awaitDecided(orderId, 1);

        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", allOf(containsString("conflict with a third country's law"),
                        containsString("sent to review for NO_APPLICABLE_RULE")));
        decide(orderId, "TRAFFIC", "IE", "OBJECT", OBJECTION)
                .statusCode(409).body("detail", containsString("sent to review for GDPR_48_CONFLICT"));

        assertUnchanged(orderId, 2);
    }

    @Test
    void anObjectionConcernsEuropeanProductionOrdersOnly() {
        UUID warrant = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(warrant).instrument(Instrument.US_SCA_WARRANT)
                .inThirdCountryConflict(CONTENT, "US").build());
        UUID preservation = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(preservation).instrument(Instrument.EPOC_PR)
                .inThirdCountryConflict(CONTENT, "US").build());
        pipeline.awaitDecided(warrant, 1);
        pipeline.awaitDecided(preservation, 1);

        decide(warrant, "CONTENT", "US", "OBJECT", OBJECTION)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", allOf(containsString("European Production Orders"), containsString("US_SCA_WARRANT")));
        decide(preservation, "CONTENT", "US", "OBJECT", OBJECTION)
                .statusCode(409).body("detail", containsString("is EPOC_PR"));

        assertUnchanged(warrant, 1);
        assertUnchanged(preservation, 1);
    }

    @Test
    void anUnknownDecisionIsABadRequestNamingTheThreeItCanBe() {
        As.reviewer().contentType(ContentType.JSON)
                .body("{\"dataCategory\": \"CONTENT\", \"location\": \"US\", \"outcome\": \"SUSPEND\", "
                        + "\"reason\": \"" + OBJECTION + "\"}")
                .when().post(DECIDE, UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("outcome"))
                .body("violations[0].message", allOf(containsString("RELEASE"), containsString("REFUSE"),
                        containsString("OBJECT")));
    }

    @Test
    void anObjectionSuspendsTheSameDataHeldElsewhereUntilEachLocationIsSettled() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId)
                .inThirdCountryConflictAndHeld(CONTENT, "US", Instant.now().plus(Duration.ofDays(9)))
                .alsoStoredIn(CONTENT, "IE").build());
        OrderDecided first = pipeline.awaitDecided(orderId, 1);
        assertThat(first.decision().outcomes()).extracting(CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactlyInAnyOrder(tuple("US", Outcome.LEGAL_REVIEW), tuple("IE", Outcome.HOLD));

        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200);

        // Releasing the Irish copy would disclose what the objection says the provider may not.
        OrderDecided suspended = pipeline.awaitDecided(orderId, 2);
        assertThat(suspended.decision().outcomes()).extracting(CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactlyInAnyOrder(tuple("US", Outcome.LEGAL_REVIEW), tuple("IE", Outcome.LEGAL_REVIEW));
        assertThat(suspended.decision().outcomes()).allSatisfy(outcome ->
                assertThat(outcome.grounds().get(0)).isEqualTo(OBJECTION_FILED));
        // The Irish copy's notification window still runs, for the notified State (Ireland here) to object.
        As.reviewer().when().get(HOLDS, orderId).then().statusCode(200).body("[0].state", equalTo("PENDING"));
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId)
                .then().statusCode(200).body("location", containsInAnyOrder("US", "IE"));

        // The court upholds the order: each copy is released once settled, still after the notified State's window.
        decide(orderId, "CONTENT", "IE", "RELEASE", UPHELD).statusCode(200)
                .body("decision.outcomes.find { it.location == 'IE' }.outcome", equalTo("HOLD"))
                .body("decision.outcomes.find { it.location == 'US' }.outcome", equalTo("LEGAL_REVIEW"));
    }

    @Test
    void anOrderSuspendedByAnObjectionIsNotOverdue() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).answerDeadline(Instant.now().minus(Duration.ofHours(1)))
                .inThirdCountryConflict(CONTENT, "US").build());
        pipeline.awaitDecided(orderId, 1);
        As.reviewer().when().get(DECISION, orderId).then().statusCode(200).body("overdue", equalTo(true));

        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200).body("overdue", equalTo(false));

        decide(orderId, "CONTENT", "US", "RELEASE", UPHELD).statusCode(200).body("overdue", equalTo(true));
    }

    @Test
    void theSameDataFoundAtANewLocationIsSuspendedWithTheObjection() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US").build());
        pipeline.awaitDecided(orderId, 1);
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200);
        pipeline.awaitDecided(orderId, 2);

        // Located again, the content is now also found in Ireland, where nothing conflicts.
        pipeline.send(LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US")
                .alsoStoredIn(CONTENT, "IE").build());
        OrderDecided again = pipeline.awaitDecided(orderId, 3);

        CategoryOutcome irish = again.decision().outcomes().stream()
                .filter(outcome -> "IE".equals(outcome.location())).findFirst().orElseThrow();
        assertThat(irish.outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(irish.grounds().get(0)).isEqualTo(OBJECTION_FILED);
        As.reviewer().when().get(DECISION, orderId).then().statusCode(200).body("releaseTasks", hasSize(0));
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId)
                .then().statusCode(200).body("location", containsInAnyOrder("US", "IE"))
                .body("objectedBy", equalTo(List.of(REVIEWER, REVIEWER)));
    }

    @Test
    void aCopyNotFoundWhenTheObjectionWasFiledIsSuspendedWhenARelocationFindsItAgain() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US")
                .alsoStoredIn(CONTENT, "IE");
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        String irishTask = ProviderTasks.idOf(ProviderTasks.open(order.provider(), 1), "CONTENT");
        As.provider(order.provider()).contentType(ContentType.JSON).body("{}")
                .when().post(ProviderTasks.TASKS + "/{taskId}/not-found", order.provider(), irishTask)
                .then().statusCode(200);
        pipeline.awaitDecided(orderId, 2);
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200);
        pipeline.awaitDecided(orderId, 3);

        // Located again (the catalog still lists the Irish copy): releasing it would do what the objection forbids.
        pipeline.send(order.build());
        OrderDecided again = pipeline.awaitDecided(orderId, 4);

        CategoryOutcome irish = again.decision().outcomes().stream()
                .filter(outcome -> "IE".equals(outcome.location())).findFirst().orElseThrow();
        assertThat(irish.outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(irish.grounds().get(0)).isEqualTo(OBJECTION_FILED);
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=OPEN", order.provider())
                .then().statusCode(200).body("$", hasSize(0));
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId)
                .then().statusCode(200).body("location", containsInAnyOrder("US", "IE"));
    }

    @Test
    void aReLocatedOrderKeepsTheFiledObjection() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "IE")
                .inThirdCountryConflict(CONTENT, "US");
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200);
        OrderDecided objected = pipeline.awaitDecided(orderId, 2);

        // Located again (as after a re-assessment), the order still sends the content to review.
        pipeline.send(order.build());
        OrderDecided again = pipeline.awaitDecided(orderId, 3);

        assertThat(again.status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        assertThat(again.decision().outcomes()).isEqualTo(objected.decision().outcomes());
        assertThat(again.decision().outcomes().get(1).grounds().get(0)).isEqualTo(OBJECTION_FILED);
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].objectedBy", equalTo(REVIEWER));
        As.reviewer().when().get(REVIEWS, "PENDING", orderId).then().statusCode(200).body("$", hasSize(0));

        decide(orderId, "CONTENT", "US", "RELEASE", UPHELD)
                .statusCode(200)
                .body("revision", equalTo(4))
                .body("status", equalTo("RELEASED"))
                .body("decision.outcomes[1].grounds.code", equalTo(List.of("LEGAL_REVIEW_DECISION",
                        "CONFLICT_OBJECTION_FILED", "EEVID_THIRD_COUNTRY_CONFLICT")));
    }

    @Test
    void aNewerRulebookThatReleasesOutrightDoesNotLiftTheSuspension() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US").build());
        pipeline.awaitDecided(orderId, 1);
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200);
        OrderDecided objected = pipeline.awaitDecided(orderId, 2);

        pipeline.send(LocatedOrders.order(orderId).released(CONTENT, "US").build());
        OrderDecided again = pipeline.awaitDecided(orderId, 3);

        assertThat(again.status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
        assertThat(again.decision().outcomes()).isEqualTo(objected.decision().outcomes());
        As.reviewer().when().get(DECISION, orderId).then().statusCode(200).body("releaseTasks", hasSize(0));
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aNewerRulebookThatRefusesOutrightReplacesTheObjectionAsItWouldAPendingReview() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US").build());
        pipeline.awaitDecided(orderId, 1);
        decide(orderId, "CONTENT", "US", "OBJECT", OBJECTION).statusCode(200);
        pipeline.awaitDecided(orderId, 2);

        Ground noBasis = new Ground("NO_BINDING_BASIS", "Newer rulebook", "The order cannot be served.");
        pipeline.send(LocatedOrders.order(orderId).refused(CONTENT, "US", noBasis).build());
        OrderDecided refused = pipeline.awaitDecided(orderId, 3);

        assertThat(refused.status()).isEqualTo(OrderStatus.REFUSED);
        assertThat(refused.decision().outcomes().get(0).grounds()).containsExactly(noBasis);
        As.reviewer().when().get(REVIEWS, "CANCELLED", orderId)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].objection", equalTo(OBJECTION));
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId).then().statusCode(200).body("$", hasSize(0));
        decide(orderId, "CONTENT", "US", "RELEASE", UPHELD).statusCode(409);
    }

    /** The order is still at revision 1 with its {@code pending} reviews pending and no objection filed. */
    private static void assertUnchanged(UUID orderId, int pending) {
        As.reviewer().when().get(DECISION, orderId)
                .then().statusCode(200).body("revision", equalTo(1)).body("status", equalTo("IN_LEGAL_REVIEW"));
        As.reviewer().when().get(REVIEWS, "PENDING", orderId).then().statusCode(200).body("$", hasSize(pending));
        As.reviewer().when().get(REVIEWS, "OBJECTION_FILED", orderId).then().statusCode(200).body("$", hasSize(0));
    }

    private static ValidatableResponse decide(UUID orderId, String category, String location, String outcome,
            String reason) {
        return As.reviewer().contentType(ContentType.JSON)
                .body("{\"dataCategory\": \"" + category + "\", \"location\": \"" + location + "\", \"outcome\": \""
                        + outcome + "\", \"reason\": \"" + reason + "\"}")
                .when().post(DECIDE, orderId)
                .then();
    }

    private static Ground reviewed(String reason) {
        return new Ground("LEGAL_REVIEW_DECISION", "Reviewed by " + REVIEWER, reason);
    }
}
