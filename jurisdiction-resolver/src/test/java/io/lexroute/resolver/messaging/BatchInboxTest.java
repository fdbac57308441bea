package io.lexroute.resolver.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.OrderReceived;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.outbox.DeadLetters;
import io.lexroute.outbox.EventInbox;
import io.lexroute.resolver.As;
import io.lexroute.resolver.CaseOrders;
import io.lexroute.resolver.service.AssessmentService;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The inbox applies a poll's records in one transaction. One bad record must cost only itself: an unreadable one and
 * one whose handler fails go to order.received.dlq with their reason, the others are applied, a repeat is skipped.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class BatchInboxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String TOPIC = OrderTopic.RECEIVED.topic();

    @Inject
    EventInbox inbox;

    @Inject
    AssessmentService assessments;

    @Inject
    OrderReceivedConsumer consumer;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void oneBadRecordInABatchCostsOnlyItself() throws IOException {
        UUID first = UUID.randomUUID();
        UUID unjudgeable = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        String firstEventId = UUID.randomUUID().toString();
        ObjectNode undated = CaseOrders.order("eevid-subscriber-2026.json");
        undated.remove("issuedAt");
        String unreadableKey = UUID.randomUUID().toString();
        long offset = Instant.now().toEpochMilli();
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        batch.add(record(offset, first, OrderReceivedRecords.value(first, CaseOrders.order("eevid-subscriber-2026.json")),
                firstEventId));
        batch.add(new ConsumerRecord<>(TOPIC, 0, offset + 1, unreadableKey,
                "not an event".getBytes(StandardCharsets.UTF_8)));
        batch.add(record(offset + 2, unjudgeable, OrderReceivedRecords.value(unjudgeable, undated), UUID.randomUUID().toString()));
        batch.add(record(offset + 3, first, OrderReceivedRecords.value(first, CaseOrders.order("eevid-subscriber-2026.json")),
                firstEventId));
        batch.add(record(offset + 4, last, OrderReceivedRecords.value(last, CaseOrders.order("us-msft-ie-2016.json")),
                UUID.randomUUID().toString()));

        inbox.handle(new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), batch), Map.of()),
                received -> assessments.assessReceived(received.event(OrderReceived.class)));

        assessmentsOf(first, 1);
        assessmentsOf(last, 1);
        assessmentsOf(unjudgeable, 0);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            ConsumerRecord<String, byte[]> unreadable = kafka.awaitRecord(OrderTopic.RECEIVED.deadLetterTopic(),
                    record -> unreadableKey.equals(record.key()), TIMEOUT);
            assertThat(KafkaTestClient.header(unreadable, DeadLetters.TOPIC)).contains(TOPIC);
            assertThat(KafkaTestClient.header(unreadable, DeadLetters.OFFSET)).contains(Long.toString(offset + 1));
            assertThat(KafkaTestClient.header(unreadable, DeadLetters.REASON)).hasValueSatisfying(
                    reason -> assertThat(reason).contains("missing header"));
            assertThat(unreadable.value()).isEqualTo("not an event".getBytes(StandardCharsets.UTF_8));

            ConsumerRecord<String, byte[]> unjudged = kafka.awaitRecord(OrderTopic.RECEIVED.deadLetterTopic(),
                    record -> unjudgeable.toString().equals(record.key()), TIMEOUT);
            assertThat(KafkaTestClient.header(unjudged, DeadLetters.OFFSET)).contains(Long.toString(offset + 2));
            assertThat(KafkaTestClient.header(unjudged, DeadLetters.EXCEPTION_CLASS_NAME)).isPresent();
            assertThat(KafkaTestClient.header(unjudged, CloudEventHeaders.TYPE))
                    .contains(OrderTopic.RECEIVED.eventType());

            // The outbox held the batch's events until its end: the failed first attempt left none of them behind,
            // and the retry published each order's assessment once.
            String assessed = OrderTopic.ASSESSED.topic();
            kafka.awaitRecord(assessed, record -> last.toString().equals(record.key()), TIMEOUT);
            assertThat(kafka.countRecords(assessed, record -> first.toString().equals(record.key()),
                    Duration.ofSeconds(5))).isEqualTo(1);
            assertThat(kafka.countRecords(assessed, record -> last.toString().equals(record.key()),
                    Duration.ofSeconds(5))).isEqualTo(1);
        }
    }

    @Test
    void aPollIsAssessedWithOneLockingStatementAndItsAssessmentsInsertedTogether() throws IOException {
        List<UUID> orderIds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        long offset = Instant.now().toEpochMilli();
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        for (UUID orderId : orderIds) {
            poll.add(record(offset + poll.size(), orderId,
                    OrderReceivedRecords.value(orderId, CaseOrders.order("eevid-subscriber-2026.json")),
                    UUID.randomUUID().toString()));
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        consumer.consume(new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), poll), Map.of()));

        // One statement locks the three orders, one inserts their assessments (and one or two, the first time on a new
        // database, may fetch a block of ids); one order at a time it was a lock and an insert each.
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
        orderIds.forEach(orderId -> assessmentsOf(orderId, 1));
    }

    private static void assessmentsOf(UUID orderId, int count) {
        if (count == 0) {
            As.legalReviewer().when().get("/api/v1/assessments/" + orderId).then().statusCode(404);
        } else {
            As.legalReviewer().when().get("/api/v1/assessments/" + orderId).then().statusCode(200)
                    .body("$", hasSize(count));
        }
    }

    private static ConsumerRecord<String, byte[]> record(long offset, UUID orderId, byte[] value, String eventId) {
        RecordHeaders headers = new RecordHeaders();
        OrderReceivedRecords.headers(eventId, orderId).forEach((name, headerValue) -> headers.add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(TOPIC, 0, offset, Instant.now().toEpochMilli(), TimestampType.CREATE_TIME,
                -1, -1, orderId.toString(), value, headers, Optional.empty());
    }
}
