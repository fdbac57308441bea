package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.PORTAL_TENANT;
import static io.lexroute.intake.it.IntakeApi.asPortal;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.orderCount;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.intake.ValidOrders;
import io.lexroute.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderSubmissionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void acceptsAnOrderAndPublishesItOnOrderReceivedWithItsTenant() throws Exception {
        String reference = "BE-SUBMIT-" + UUID.randomUUID();
        ObjectNode order = ValidOrders.node(reference);

        Response response = submit(newKey(), ValidOrders.json(order));

        response.then().statusCode(202).body("status", equalTo("RECEIVED"));
        String id = response.jsonPath().getString("id");
        assertThat(response.header("Location")).isEqualTo("/api/v1/orders/" + id);

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord("order.received", r -> id.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(record, "ce_type")).contains("io.lexroute.order.received.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).contains("request-intake");
        assertThat(KafkaTestClient.header(record, "ce_subject")).contains(id);
        assertThat(KafkaTestClient.header(record, "ce_specversion")).contains("1.0");
        assertThat(KafkaTestClient.header(record, "ce_id")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
        assertThat(KafkaTestClient.header(record, "ce_time")).isPresent();
        assertThat(KafkaTestClient.header(record, "traceparent")).isPresent();
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("orderId").asText()).isEqualTo(id);
        assertThat(event.get("receivedAt").asText()).isNotBlank();
        assertThat(event.get("order")).isEqualTo(asSubmittedByThePortal(order));
    }

    @Test
    void theAuthoritysStatementOnWhereTheOffenceWasCommittedTravelsWithTheOrder() throws Exception {
        ObjectNode order = ValidOrders.node("BE-OFFENCE-PLACE-" + UUID.randomUUID());
        ((ObjectNode) order.get("offence")).put("committedInIssuingState", true);

        String id = submit(newKey(), ValidOrders.json(order)).then().statusCode(202).extract().path("id");

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord("order.received", r -> id.equals(r.key()),
                Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.at("/order/offence/committedInIssuingState").asBoolean(false)).isTrue();
        assertThat(event.get("order")).isEqualTo(asSubmittedByThePortal(order));
    }

    @Test
    void tracksTheOrderItAccepted() throws Exception {
        ObjectNode order = ValidOrders.node("BE-TRACK-" + UUID.randomUUID());
        String id = submit(newKey(), ValidOrders.json(order)).then().statusCode(202).extract().path("id");

        Response tracked = asPortal().when().get(ORDERS + "/" + id);

        tracked.then().statusCode(200)
                .body("id", equalTo(id))
                .body("externalReference", equalTo(order.get("externalReference").asText()))
                .body("status", equalTo("RECEIVED"))
                .body("timeline.size()", equalTo(1))
                .body("timeline[0].step", equalTo("RECEIVED"))
                .body("timeline[0].status", equalTo("RECEIVED"))
                .body("timeline[0].service", equalTo("request-intake"))
                .body("decision", equalTo(null));
        JsonNode body = JSON.readTree(tracked.asString());
        assertThat(body.get("order")).isEqualTo(asSubmittedByThePortal(order));
        assertThat(body.get("receivedAt").asText()).isEqualTo(body.get("timeline").get(0).get("at").asText());
    }

    @Test
    void theSameKeyAndOrderAgainIsTheSameOrder() throws Exception {
        String key = newKey();
        ObjectNode order = ValidOrders.node("BE-REPLAY-" + UUID.randomUUID());
        String first = submit(key, ValidOrders.json(order)).then().statusCode(202).extract().path("id");
        long count = orderCount();

        // The same order, formatted and ordered differently: still the same submission.
        String reformatted = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reversed(order));
        Response again = submit(key, reformatted);

        again.then().statusCode(202).body("id", equalTo(first)).body("status", equalTo("RECEIVED"));
        assertThat(again.header("Location")).isEqualTo("/api/v1/orders/" + first);
        assertThat(orderCount()).isEqualTo(count);
    }

    @Test
    void theSameKeyWithAnotherOrderIsAConflict() {
        String key = newKey();
        ObjectNode order = ValidOrders.node("BE-CONFLICT-" + UUID.randomUUID());
        submit(key, ValidOrders.json(order)).then().statusCode(202);
        long count = orderCount();

        order.put("emergency", true);
        submit(key, ValidOrders.json(order)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(orderCount()).isEqualTo(count);
    }

    @Test
    void concurrentDuplicatesMakeOneOrderAndOneEvent() throws Exception {
        String key = newKey();
        String body = ValidOrders.json(ValidOrders.node("BE-RACE-" + UUID.randomUUID()));
        long count = orderCount();
        List<Callable<Response>> submissions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submissions.add(() -> submit(key, body));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Response> responses = new ArrayList<>();
        try {
            for (Future<Response> future : pool.invokeAll(submissions)) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).extracting(Response::statusCode).containsOnly(202);
        List<String> ids = responses.stream().map(r -> r.jsonPath().getString("id")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(orderCount()).isEqualTo(count + 1);
        assertThat(kafka.countRecords("order.received", r -> ids.get(0).equals(r.key()), Duration.ofSeconds(5)))
                .isEqualTo(1);
    }

    /** The order as stored and published: the body plus the tenant of the token, never one from the body. */
    private static JsonNode asSubmittedByThePortal(ObjectNode order) {
        return order.deepCopy().put("submittedBy", PORTAL_TENANT);
    }

    private static ObjectNode reversed(ObjectNode order) {
        ObjectNode copy = JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        order.fieldNames().forEachRemaining(names::add);
        for (int i = names.size() - 1; i >= 0; i--) {
            copy.set(names.get(i), order.get(names.get(i)));
        }
        return copy;
    }
}
