package io.lexroute.resolver.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.resolver.As;
import io.lexroute.resolver.CaseOrders;
import io.lexroute.resolver.service.AssessmentService;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Against the real broker and database: order.received in, order.assessed out, every assessment kept once. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OrderPipelineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    AssessmentService assessments;

    @Inject
    DataSource dataSource;

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void assessesAReceivedOrderAndPublishesTheAssessment() throws IOException {
        UUID orderId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        byte[] value = OrderReceivedRecords.value(orderId, CaseOrders.order("us-msft-ie-2016.json"));

        kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(), value, OrderReceivedRecords.headers(eventId, orderId));

        ConsumerRecord<String, byte[]> assessed = kafka.awaitRecord(OrderTopic.ASSESSED.topic(),
                record -> orderId.toString().equals(record.key()), TIMEOUT);
        JsonNode event = CaseOrders.JSON.readTree(assessed.value());
        assertThat(KafkaTestClient.header(assessed, CloudEventHeaders.TYPE))
                .contains(OrderTopic.ASSESSED.eventType());
        assertThat(event.get("orderId").asText()).isEqualTo(orderId.toString());
        assertThat(event.at("/order/externalReference").asText()).isEqualTo("SDNY-2016-W-17");
        JsonNode categories = event.at("/assessment/categories");
        assertThat(categories.findValuesAsText("disposition")).containsExactly("PERMITTED", "PERMITTED", "PERMITTED");
        assertThat(categories.get(2).at("/redirects/0/ground/citation").asText()).contains("829 F.3d 197");

    }

    @Test
    void skipsARedeliveredEventButKeepsEveryNewAssessment() throws IOException, InterruptedException, SQLException {
        UUID orderId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        byte[] value = OrderReceivedRecords.value(orderId, CaseOrders.order("eevid-content-notify-2026.json"));

        String laterEventId = UUID.randomUUID().toString();
        kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(), value, OrderReceivedRecords.headers(eventId, orderId));
        kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(), value, OrderReceivedRecords.headers(eventId, orderId));
        // Same key, same partition: once this later event is applied, the redelivery before it was handled too.
        kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(), value,
                OrderReceivedRecords.headers(laterEventId, orderId));

        awaitApplied(laterEventId);
        As.legalReviewer()
                .when().get("/api/v1/assessments/" + orderId)
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].rulebookVersion", equalTo(assessments.rulebook().version()))
                .body("[0].assessment.lawDate", equalTo("2026-11-02"))
                .body("[1].assessment.categories[0].hold.windowHours", equalTo(240));
    }

    /** Until the event's id is in the inbox, which the same transaction as its assessment writes. */
    private void awaitApplied(String eventId) throws InterruptedException, SQLException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "select 1 from inbox_event where event_id = ?")) {
                query.setString(1, eventId);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("event " + eventId + " was not applied within " + TIMEOUT);
    }

    @Test
    void sendsAnOrderThatCannotBeJudgedToTheDeadLetterTopic() throws IOException {
        UUID orderId = UUID.randomUUID();
        ObjectNode undated = CaseOrders.order("eevid-subscriber-2026.json");
        undated.remove("issuedAt");

        kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(), OrderReceivedRecords.value(orderId, undated),
                OrderReceivedRecords.headers(UUID.randomUUID().toString(), orderId));

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(OrderTopic.RECEIVED.deadLetterTopic(),
                record -> orderId.toString().equals(record.key()), TIMEOUT);
        assertThat(dead.value()).isNotNull();
    }
}
