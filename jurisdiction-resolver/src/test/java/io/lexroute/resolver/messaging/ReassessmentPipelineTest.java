package io.lexroute.resolver.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventRecords;
import io.lexroute.resolver.As;
import io.lexroute.resolver.CaseOrders;
import io.lexroute.resolver.persistence.AssessmentCause;
import io.lexroute.resolver.persistence.AssessmentRecord;
import io.lexroute.resolver.persistence.ClosedOrder;
import io.lexroute.resolver.service.AssessmentService;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

/** Against the real broker and database: a re-assessment is stored next to the first and flows on order.assessed. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class ReassessmentPipelineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    AssessmentService assessments;

    private KafkaTestClient kafka;
    private String currentVersion;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient();
        currentVersion = assessments.rulebook().version();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void reassessmentOnRequestKeepsBothAssessmentsAndPublishesTheNewOne() throws Exception {
        UUID orderId = UUID.randomUUID();
        receive(orderId, CaseOrders.order("us-msft-ie-2016.json"));
        awaitHistorySize(orderId, 1);

        As.legalReviewer()
                .when().post("/api/v1/assessments/" + orderId + "/reassessment")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/assessments/" + orderId))
                .body("cause", equalTo("REASSESSMENT_REQUESTED"))
                .body("rulebookVersion", equalTo(currentVersion))
                .body("assessment.lawDate", equalTo("2016-09-01"));

        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("cause", equalTo(java.util.List.of("ORDER_RECEIVED", "REASSESSMENT_REQUESTED")));
        ConsumerRecord<String, byte[]> second = awaitAssessedRecord(orderId, 2);
        JsonNode event = CaseOrders.JSON.readTree(second.value());
        assertThat(event.at("/order/externalReference").asText()).isEqualTo("SDNY-2016-W-17");
        assertThat(event.at("/assessment/categories/2/redirects/0/ground/citation").asText())
                .contains("829 F.3d 197");
    }

    @Test
    void reassessmentKeepsTheDeadlineCountingFromTheOriginalReceipt() throws Exception {
        UUID orderId = UUID.randomUUID();
        Instant receivedAt = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        receive(orderId, CaseOrders.order("eevid-subscriber-2026.json"), receivedAt);
        awaitHistorySize(orderId, 1);

        String deadline = As.legalReviewer()
                .when().post("/api/v1/assessments/" + orderId + "/reassessment")
                .then().statusCode(201)
                .extract().path("assessment.answerDeadline");

        assertThat(Instant.parse(deadline)).isEqualTo(receivedAt.plus(Duration.ofDays(10)));
    }

    @Test
    void ordersAssessedWithAnotherRulebookAreReassessedInBulk() throws Exception {
        UUID orderId = UUID.randomUUID();
        storeAssessmentUnderAnOlderRulebook(orderId, CaseOrders.order("eevid-content-notify-2026.json"));

        int reassessed = As.legalReviewer()
                .queryParam("assessedWithRulebookOtherThan", currentVersion)
                .when().post("/api/v1/assessments/reassessment")
                .then().statusCode(200)
                .body("rulebookVersion", equalTo(currentVersion))
                .body("reassessed", greaterThanOrEqualTo(1))
                .extract().path("reassessed");

        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(200)
                .body("rulebookVersion", equalTo(java.util.List.of("2026.01.01-1", currentVersion)));
        ConsumerRecord<String, byte[]> published = awaitAssessedRecord(orderId, 1);
        assertThat(CaseOrders.JSON.readTree(published.value()).at("/assessment/rulebookVersion").asText())
                .isEqualTo(currentVersion);
        assertThat(reassessed).isPositive();

        // Now current: a second pass leaves the order alone.
        As.legalReviewer()
                .queryParam("assessedWithRulebookOtherThan", currentVersion)
                .when().post("/api/v1/assessments/reassessment")
                .then().statusCode(200);
        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(200)
                .body("$", hasSize(2));
    }

    @Test
    void anOrderWhoseStoredOrderNoLongerReadsDoesNotHoldBackTheOthers() throws Exception {
        // Orders that other tests left stale would be counted too: judge them first.
        reassessStale();
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(3)
                .sorted(Comparator.comparing(UUID::toString)) // PostgreSQL's order of uuids, unlike UUID.compareTo
                .toList();
        UUID a = ids.get(0);
        UUID b = ids.get(1);
        UUID c = ids.get(2);
        for (UUID orderId : ids) {
            storeAssessmentUnderAnOlderRulebook(orderId, CaseOrders.order("eevid-content-notify-2026.json"));
        }
        // An instrument the contract no longer knows: B's stored order does not read any more.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                update assessment set order_json = order_json || jsonb_build_object('instrument', 'TELEPATHIC_REQUEST')
                where order_id = cast(?1 as uuid)
                """).setParameter(1, b.toString()).executeUpdate());
        try {
            As.legalReviewer()
                    .queryParam("assessedWithRulebookOtherThan", currentVersion)
                    .when().post("/api/v1/assessments/reassessment")
                    .then().statusCode(200)
                    .body("rulebookVersion", equalTo(currentVersion))
                    .body("reassessed", equalTo(2))
                    .body("failed", equalTo(1))
                    .body("failedOrderIds", equalTo(List.of(b.toString())));

            for (UUID judged : List.of(a, c)) {
                As.legalReviewer()
                        .when().get("/api/v1/assessments/" + judged)
                        .then().statusCode(200)
                        .body("rulebookVersion", equalTo(List.of("2026.01.01-1", currentVersion)));
            }
            ConsumerRecord<String, byte[]> published = awaitAssessedRecord(c, 1);
            assertThat(CaseOrders.JSON.readTree(published.value()).at("/assessment/rulebookVersion").asText())
                    .isEqualTo(currentVersion);
            As.legalReviewer()
                    .when().get("/api/v1/assessments/" + b)
                    .then().statusCode(200)
                    .body("rulebookVersion", equalTo(List.of("2026.01.01-1")));
        } finally {
            // Other tests' bulk re-assessments would count B as failed.
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                    .createNativeQuery("delete from assessment where order_id = cast(?1 as uuid)")
                    .setParameter(1, b.toString()).executeUpdate());
        }
    }

    @Test
    void aClosedOrderIsNotReassessed() throws Exception {
        UUID orderId = UUID.randomUUID();
        receive(orderId, CaseOrders.order("eevid-subscriber-2026.json"));
        awaitHistorySize(orderId, 1);

        ProducerRecord<String, byte[]> closed = EventRecords.toRecord(
                new OrderClosed(orderId, OrderStatus.RELEASED, Instant.now(), "every package delivered"),
                "response-gateway-test");
        kafka.produce(closed.topic(), closed.key(), closed.value(), headersOf(closed));

        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline) && !isClosed(orderId)) {
            Thread.sleep(200);
        }
        assertThat(isClosed(orderId)).isTrue();
        As.legalReviewer()
                .when().post("/api/v1/assessments/" + orderId + "/reassessment")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("closed"));
        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(200)
                .body("$", hasSize(1));
    }

    private void reassessStale() {
        As.legalReviewer()
                .queryParam("assessedWithRulebookOtherThan", currentVersion)
                .when().post("/api/v1/assessments/reassessment")
                .then().statusCode(200);
    }

    private static boolean isClosed(UUID orderId) {
        return QuarkusTransaction.requiringNew().call(() -> ClosedOrder.isClosed(orderId));
    }

    private void storeAssessmentUnderAnOlderRulebook(UUID orderId, ObjectNode orderJson) throws IOException {
        Order order = EventJson.mapper().treeToValue(orderJson, Order.class);
        Assessment current = assessments.dryRun(order);
        Assessment older = new Assessment("2026.01.01-1", current.lawDate(), current.providerClassification(),
                current.applicableInstruments(), current.categories(), current.firedRules(),
                current.answerDeadline(), current.assessedAt());
        Instant before = Instant.now().minus(1, ChronoUnit.HOURS);
        QuarkusTransaction.requiringNew().run(() -> AssessmentRecord.of(orderId, order, before, older,
                AssessmentCause.ORDER_RECEIVED, before).persist());
    }

    private ConsumerRecord<String, byte[]> awaitAssessedRecord(UUID orderId, int nth) {
        AtomicInteger seen = new AtomicInteger();
        return kafka.awaitRecord(OrderTopic.ASSESSED.topic(),
                record -> orderId.toString().equals(record.key()) && seen.incrementAndGet() == nth, TIMEOUT);
    }

    private void receive(UUID orderId, ObjectNode order) throws IOException {
        receive(orderId, order, Instant.now());
    }

    private void receive(UUID orderId, ObjectNode order, Instant receivedAt) throws IOException {
        ObjectNode event = CaseOrders.JSON.createObjectNode();
        event.put("orderId", orderId.toString());
        event.put("receivedAt", receivedAt.toString());
        event.set("order", order);
        kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(), CaseOrders.JSON.writeValueAsBytes(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, OrderTopic.RECEIVED.eventType(),
                        CloudEventHeaders.SOURCE, "request-intake-test",
                        CloudEventHeaders.SUBJECT, orderId.toString(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    private static Map<String, String> headersOf(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static void awaitHistorySize(UUID orderId, int size) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var response = As.legalReviewer().when().get("/api/v1/assessments/" + orderId).then().extract();
            if (response.statusCode() == 200 && response.jsonPath().getList("$").size() >= size) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("order " + orderId + " did not reach " + size + " assessments within " + TIMEOUT);
    }
}
