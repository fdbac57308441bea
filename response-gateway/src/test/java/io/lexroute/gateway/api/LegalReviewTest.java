package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LEGAL_REVIEW on real Kafka and PostgreSQL: the queue, and a reviewer's decision in a new revision, naming the
 * reviewer as the token does.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class LegalReviewTest {

    private static final String DECIDE = "/api/v1/reviews/{orderId}/decision";
    private static final String REVIEWER = As.REVIEWER;
    private static final String REASON = "The subject is neither an EU citizen nor resident; Art. 48 does not bar it.";

    private final Pipeline pipeline = new Pipeline();

    @Inject
    GatewayConfig config;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void aReviewerReleasesAnOutcomeInReviewAndIsNamedInTheDecision() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US").inReview(CONTENT, "IE");
        pipeline.send(order.build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);

        As.reviewer().when().get("/api/v1/reviews?status=PENDING&orderId={orderId}", orderId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].dataCategory", equalTo("CONTENT"))
                .body("[0].location", equalTo("IE"))
                .body("[0].provider", equalTo(order.provider()))
                .body("[0].grounds[0].code", equalTo(LocatedOrders.CONFLICT.code()))
                .body("[0].decide", equalTo("/api/v1/reviews/" + orderId + "/decision"));

        As.reviewer().contentType(ContentType.JSON)
                .body("{\"dataCategory\": \"EMAIL\", \"location\": \"Ireland\", \"outcome\": \"HOLD\"}")
                .when().post(DECIDE, orderId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("dataCategory", "location", "outcome", "reason"));
        As.reviewer().contentType(ContentType.JSON)
                .when().post(DECIDE, orderId)
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        As.reviewer().contentType(ContentType.JSON)
                .body(decision("CONTENT", "IE", "RELEASE").replace(REASON, REASON + "\\u0000"))
                .when().post(DECIDE, orderId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("reason"));

        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "IE", "RELEASE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("RELEASED"))
                .body("decision.outcomes[1].outcome", equalTo("RELEASE"))
                .body("decision.outcomes[1].grounds[0].citation", equalTo("Reviewed by " + REVIEWER));

        OrderDecided revised = pipeline.awaitDecided(orderId, 2);
        CategoryOutcome reviewed = revised.decision().outcomes().get(1);
        assertThat(reviewed.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(reviewed.grounds().get(0))
                .isEqualTo(new Ground("LEGAL_REVIEW_DECISION", "Reviewed by " + REVIEWER, REASON));
        assertThat(reviewed.grounds()).contains(LocatedOrders.CONFLICT);

        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "IE", "REFUSE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(409).contentType("application/problem+json");
        As.reviewer().when().get("/api/v1/reviews?status=DECIDED&orderId={orderId}", orderId)
                .then().statusCode(200)
                .body("[0].reviewer", equalTo(REVIEWER))
                .body("[0].outcome", equalTo("RELEASE"))
                .body("[0].reason", equalTo(REASON));
        As.reviewer().when().get("/api/v1/reviews?status=PENDING&orderId={orderId}", orderId)
                .then().statusCode(200).body("$", hasSize(0));
        assertThat(ProviderTasks.idOf(ProviderTasks.open(order.provider(), 2), "CONTENT")).isNotNull();
    }

    @Test
    void anOpenReviewShowsTheGroundsAndDeadlineOfTheLatestRevisionAndADecisionOnAnEarlierOneIsRefused() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inReview(CONTENT, "US").build());
        pipeline.awaitDecided(orderId, 1);
        // Re-assessed under a newer rulebook: still in review, for another conflict and with another deadline.
        Instant later = Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).inThirdCountryConflict(CONTENT, "US").answerDeadline(later)
                .build());
        pipeline.awaitDecided(orderId, 2);

        As.reviewer().when().get("/api/v1/reviews?status=PENDING&orderId={orderId}", orderId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].grounds.code", contains(LocatedOrders.THIRD_COUNTRY_CONFLICT.code()))
                .body("[0].answerDeadline", equalTo(later.toString()))
                .body("[0].decisionRevision", equalTo(2));

        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "US", "REFUSE", 1))
                .when().post(DECIDE, orderId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has changed since revision 1"));
        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "US", "REFUSE", 2))
                .when().post(DECIDE, orderId)
                .then().statusCode(200).body("revision", equalTo(3)).body("status", equalTo("REFUSED"));
        As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200)
                .body("find { it.action == 'REVIEW_DECIDED' }.details.reviewRevision", equalTo(2));
    }

    @Test
    void aReviewerRefusalClosesTheOrderRefusedAndIsFiledWithTheReason() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inReview(CONTENT, "IE").build());
        pipeline.awaitDecided(orderId, 1);

        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "IE", "REFUSE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));

        assertThat(pipeline.awaitDecided(orderId, 2).decision().outcomes().get(0).outcome())
                .isEqualTo(Outcome.REFUSE);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);
        As.submitter().when().get("/api/v1/orders/{orderId}/refusal", orderId)
                .then().statusCode(200)
                .body("items[0].grounds[0].code", equalTo("LEGAL_REVIEW_DECISION"))
                .body("items[0].grounds[0].reason", equalTo(REASON));
    }

    @Test
    void aPreservationOrderInReviewCanBeRefusedButNeverReleased() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR).inReview(CONTENT, "IE").build());
        pipeline.awaitDecided(orderId, 1);

        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "IE", "RELEASE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("European Preservation Order"));
        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "IE", "REFUSE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));
    }

    @Test
    void theQueueIsReadAPageAtATimeWithALinkToTheNext() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inReview(SUBSCRIBER, "IE").inReview(TRAFFIC, "IE")
                .inReview(CONTENT, "IE").build());
        pipeline.awaitDecided(orderId, 1);
        String queue = "/api/v1/reviews?orderId=" + orderId + "&size=2";

        Response first = As.reviewer().when().get(queue);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getList("dataCategory")).hasSize(2);
        String next = first.header("Link");
        assertThat(next).as("Link").startsWith("<" + config.publicUrl() + "/api/v1/reviews?").contains("rel=\"next\"")
                .contains("page=1").contains("size=2").contains("orderId=" + orderId);

        Response second = As.reviewer().when().get(queue + "&page=1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.jsonPath().getList("location")).hasSize(1);
        assertThat(second.header("Link")).isNull();
        List<String> all = new ArrayList<>(first.jsonPath().getList("id"));
        all.addAll(second.jsonPath().getList("id"));
        assertThat(all).doesNotHaveDuplicates().hasSize(3);
        As.reviewer().when().get(queue + "&page=2").then().statusCode(200).body("$", hasSize(0));

        for (String bad : List.of("page=-1", "page=one", "page=1073741823", "size=0", "size=201", "size=x")) {
            As.reviewer().when().get("/api/v1/reviews?" + bad)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
        }
    }

    @Test
    void onlyAPendingReviewOfAKnownOrderCanBeDecided() {
        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "IE", "RELEASE"))
                .when().post(DECIDE, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).released(SUBSCRIBER, "US").inReview(CONTENT, "IE").build());
        pipeline.awaitDecided(orderId, 1);
        As.reviewer().contentType(ContentType.JSON).body(decision("SUBSCRIBER", "US", "REFUSE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(409).contentType("application/problem+json");
        As.reviewer().when().get("/api/v1/reviews?status=WAITING")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void aReviewersReleaseStillWaitsForTheNotifiedStatesWindow() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inReviewAndHeld(CONTENT, "US", Instant.now().minusSeconds(1))
                .build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);

        As.reviewer().contentType(ContentType.JSON).body(decision("CONTENT", "US", "RELEASE"))
                .when().post(DECIDE, orderId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("ON_HOLD"));

        CategoryOutcome held = pipeline.awaitDecided(orderId, 2).decision().outcomes().get(0);
        assertThat(held.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(held.grounds()).containsSubsequence(LocatedOrders.NOTIFY,
                new Ground("LEGAL_REVIEW_DECISION", "Reviewed by " + REVIEWER, REASON), LocatedOrders.CONFLICT);
        // The window had already ended: the hold timer releases the data, citing the notification.
        OrderDecided released = pipeline.awaitDecided(orderId, 3);
        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(released.decision().outcomes().get(0).grounds().get(0).code()).isEqualTo("HOLD_ENDED");
        assertThat(released.decision().outcomes().get(0).grounds().get(0).citation())
                .isEqualTo(LocatedOrders.NOTIFY.citation());
    }

    private static String decision(String category, String location, String outcome) {
        return "{\"dataCategory\": \"" + category + "\", \"location\": \"" + location + "\", \"outcome\": \""
                + outcome + "\", \"reason\": \"" + REASON + "\"}";
    }

    /** A decision that names the review's revision the reviewer read. */
    private static String decision(String category, String location, String outcome, int reviewRevision) {
        return decision(category, location, outcome)
                .replaceFirst("}$", ", \"decisionRevision\": " + reviewRevision + "}");
    }
}
