package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.OPERATOR;
import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.PORTAL;
import static io.lexroute.intake.it.IntakeApi.as;
import static io.lexroute.intake.it.IntakeApi.eventually;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.publish;
import static io.lexroute.intake.it.IntakeApi.submit;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.contracts.Outcome;
import io.lexroute.intake.ValidOrders;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.outbox.EventJson;
import io.lexroute.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ops board's data, read from the real read-model and the real dead-letter topics. */
@QuarkusTest
class OpsBoardResourceTest {

    private static final String BOARD = "/api/v1/ops/board";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Older than any deadline other tests use, so that the order heads the overdue list (most overdue first). */
    private static final Instant LONG_PAST = Instant.parse("2000-01-03T00:00:00Z");

    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void countsPerStatusFollowTheOrdersAsTheyMove() {
        Map<OrderStatus, Long> before = counts(board());

        UUID held = submitted();
        UUID reviewed = submitted();
        UUID assessed = submitted();
        awaitCounts(before, Map.of(OrderStatus.RECEIVED, 3L));

        publish(kafka, new OrderAssessed(assessed, storedOrder(assessed), assessment(Instant.now().plus(10,
                ChronoUnit.DAYS))), "jurisdiction-resolver");
        publish(kafka, new OrderDecided(held, 1, OrderStatus.ON_HOLD, decision(Outcome.HOLD)), "response-gateway");
        publish(kafka, new OrderDecided(reviewed, 1, OrderStatus.IN_LEGAL_REVIEW, decision(Outcome.LEGAL_REVIEW)),
                "response-gateway");
        awaitCounts(before, Map.of(OrderStatus.RECEIVED, 0L, OrderStatus.ASSESSED, 1L, OrderStatus.ON_HOLD, 1L,
                OrderStatus.IN_LEGAL_REVIEW, 1L));

        JsonPath board = board();
        assertThat(board.getList("onHold.orders.id", String.class)).contains(held.toString());
        assertThat(board.getList("inLegalReview.orders.id", String.class)).contains(reviewed.toString())
                .doesNotContain(held.toString());
        assertThat(board.getLong("onHold.total")).isGreaterThanOrEqualTo(1);
        Map<String, Object> heldOrder = board.getMap("onHold.orders.find { it.id == '" + held + "' }");
        assertThat(heldOrder).containsEntry("status", "ON_HOLD").containsEntry("provider", "skype")
                .containsEntry("issuingAuthorityCountry", "BE");
        assertThat(((Number) heldOrder.get("ageSeconds")).longValue()).isBetween(0L, 600L);
        assertThat(board.getString("stages.find { it.status == 'ON_HOLD' }.phase")).isEqualTo("WAITING");
        assertThat(board.getString("stages.find { it.status == 'DELIVERED' }.phase")).isEqualTo("ANSWERED");
        assertThat(board.getList("stages.status")).hasSize(OrderStatus.values().length);

        closeAll(held, reviewed, assessed);
        awaitCounts(before, Map.of(OrderStatus.ASSESSED, 0L, OrderStatus.ON_HOLD, 0L,
                OrderStatus.IN_LEGAL_REVIEW, 0L, OrderStatus.REFUSED, 3L));
    }

    @Test
    void anOrderPastItsAnswerDeadlineIsOverdueUntilItIsAnswered() {
        UUID late = submitted();
        UUID inTime = submitted();
        UUID refused = submitted();
        publish(kafka, new OrderAssessed(late, storedOrder(late), assessment(LONG_PAST)), "jurisdiction-resolver");
        publish(kafka, new OrderAssessed(inTime, storedOrder(inTime), assessment(Instant.now().plus(10,
                ChronoUnit.DAYS))), "jurisdiction-resolver");
        publish(kafka, new OrderAssessed(refused, storedOrder(refused), assessment(LONG_PAST)),
                "jurisdiction-resolver");
        // A refusal is the answer, even before order.closed says so.
        publish(kafka, new OrderDecided(refused, 1, OrderStatus.REFUSED, decision(Outcome.REFUSE)),
                "response-gateway");
        awaitStatus(refused, "REFUSED");
        awaitStatus(inTime, "ASSESSED");

        eventually(PATIENCE, () -> assertThat(overdueIds(board())).contains(late.toString()));
        JsonPath board = board();
        assertThat(overdueIds(board)).doesNotContain(inTime.toString(), refused.toString());
        Map<String, Object> overdue = board.getMap("overdue.orders.find { it.id == '" + late + "' }");
        assertThat(overdue).containsEntry("answerDeadline", "2000-01-03T00:00:00Z").containsEntry("overdue", true)
                .containsEntry("status", "ASSESSED");
        assertThat(board.getLong("overdue.total")).isGreaterThanOrEqualTo(1);

        publish(kafka, new OrderDecided(late, 1, OrderStatus.RELEASED, decision(Outcome.RELEASE)),
                "response-gateway");
        awaitStatus(late, "RELEASED");
        assertThat(overdueIds(board())).as("released, but the data has not reached the authority yet")
                .contains(late.toString());

        publish(kafka, new OrderClosed(late, OrderStatus.DELIVERED, Instant.now(), "every package delivered"),
                "response-gateway");
        awaitStatus(late, "DELIVERED");
        assertThat(overdueIds(board())).doesNotContain(late.toString());
        closeAll(inTime);
    }

    @Test
    void deadLetteredRecordsAreListedWithTheirError() {
        String key = UUID.randomUUID().toString();
        String reason = "test: unreadable value " + key;
        kafka.produce(OrderTopic.LOCATED.deadLetterTopic(), key, "{ broken".getBytes(UTF_8), Map.of(
                "dead-letter-reason", reason,
                "dead-letter-cause", "the cause of it",
                "dead-letter-topic", OrderTopic.LOCATED.topic(),
                "dead-letter-partition", "0",
                "dead-letter-offset", "42"));

        eventually(PATIENCE, () -> assertThat(board().getList("deadLetters.latest.key")).contains(key));
        JsonPath board = board();
        assertThat(board.getBoolean("deadLetters.available")).isTrue();
        Map<String, Object> letter = board.getMap("deadLetters.latest.find { it.key == '" + key + "' }");
        assertThat(letter).containsEntry("topic", "order.located.dlq").containsEntry("reason", reason)
                .containsEntry("cause", "the cause of it").containsEntry("originalTopic", "order.located")
                .containsEntry("originalPartition", 0).containsEntry("originalOffset", 42)
                .containsEntry("value", "{ broken");
        assertThat(board.getLong("deadLetters.topics.find { it.topic == 'order.located.dlq' }.records"))
                .isGreaterThanOrEqualTo(1);
        assertThat(board.getList("deadLetters.topics.topic")).containsExactly("order.received.dlq",
                "order.assessed.dlq", "order.located.dlq", "order.decided.dlq", "order.closed.dlq",
                "order.package-received.dlq", "order.deadline-passed.dlq");
    }

    @Test
    void aPoisonRecordShowsTheErrorThatTheConsumerDeadLetteredItWith() {
        String key = UUID.randomUUID().toString();
        kafka.produce(OrderTopic.CLOSED.topic(), key, "not an event".getBytes(UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", OrderTopic.CLOSED.eventType(), "ce_source", "response-gateway"));

        eventually(PATIENCE, () -> assertThat(board().getList("deadLetters.latest.key")).contains(key));
        Map<String, Object> letter = board().getMap("deadLetters.latest.find { it.key == '" + key + "' }");
        assertThat(letter).containsEntry("topic", "order.closed.dlq").containsEntry("originalTopic", "order.closed")
                .containsEntry("value", "not an event");
        assertThat((String) letter.get("reason")).contains("not valid JSON");
    }

    @Test
    void onlyOperatorsSeeTheBoard() {
        given().when().get(BOARD).then().statusCode(401).contentType("application/problem+json");
        as(PORTAL).get(BOARD).then().statusCode(403).contentType("application/problem+json");
        as(DevTokens.legalReviewer("Ada Reviewer")).get(BOARD).then().statusCode(403);
        as(DevTokens.provider("skype")).get(BOARD).then().statusCode(403);
        as(OPERATOR).get(BOARD).then().statusCode(200).header("Cache-Control", containsString("no-cache"));
    }

    @Test
    void thePageIsPublicAndHoldsNoData() {
        given().when().get("/ops/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("./token.sh operator"))
                .body(containsString("ops-board.js"));
        given().when().get("/ops/ops-board.js").then().statusCode(200).body(containsString(BOARD));
        given().when().get("/ops/ops-board.css").then().statusCode(200);
    }

    private static JsonPath board() {
        return as(OPERATOR).get(BOARD).then().statusCode(200).extract().jsonPath();
    }

    private static Map<OrderStatus, Long> counts(JsonPath board) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (Map<String, Object> stage : board.<Map<String, Object>>getList("stages")) {
            counts.put(OrderStatus.valueOf((String) stage.get("status")), ((Number) stage.get("count")).longValue());
        }
        return counts;
    }

    /** Waits until each status in {@code changes} has its count of {@code before} plus the change. */
    private static void awaitCounts(Map<OrderStatus, Long> before, Map<OrderStatus, Long> changes) {
        eventually(PATIENCE, () -> {
            Map<OrderStatus, Long> now = counts(board());
            changes.forEach((status, change) -> assertThat(now.get(status)).as(status.name())
                    .isEqualTo(before.get(status) + change));
        });
    }

    private static List<String> overdueIds(JsonPath board) {
        return board.getList("overdue.orders.id", String.class);
    }

    private static UUID submitted() {
        String id = submit(newKey(), ValidOrders.json(ValidOrders.node("BE-OPS-" + UUID.randomUUID())))
                .then().statusCode(202).extract().path("id");
        return UUID.fromString(id);
    }

    private static Order storedOrder(UUID id) {
        Map<String, Object> order = as(OPERATOR).get(ORDERS + "/" + id).then().statusCode(200).extract().path("order");
        return EventJson.mapper().convertValue(order, Order.class);
    }

    private static void awaitStatus(UUID id, String status) {
        eventually(PATIENCE, () -> as(OPERATOR).get(ORDERS + "/" + id).then().body("status", equalTo(status)));
    }

    /** Refuses and closes the test's orders, so that they leave the waiting and overdue lists. */
    private static void closeAll(UUID... ids) {
        for (UUID id : ids) {
            publish(kafka, new OrderClosed(id, OrderStatus.REFUSED, Instant.now(), "closed by the test"),
                    "response-gateway");
        }
        for (UUID id : ids) {
            awaitStatus(id, "REFUSED");
        }
    }

    private static Assessment assessment(Instant answerDeadline) {
        return new Assessment("test-rulebook-1", LocalDate.of(2017, 12, 1), "ELECTRONIC_COMMUNICATIONS_OPERATOR",
                List.of("BE-CCP-88BIS"), List.of(), List.of(), answerDeadline, Instant.parse("2017-12-02T00:00:00Z"));
    }

    private static Decision decision(Outcome outcome) {
        return new Decision(List.of(new Decision.CategoryOutcome(DataCategory.TRAFFIC, "US", outcome,
                List.of(new Ground("TEST_GROUND", "a test ground", "for the ops board test")))),
                "test-rulebook-1", Instant.parse("2017-12-04T00:00:00Z"));
    }
}
