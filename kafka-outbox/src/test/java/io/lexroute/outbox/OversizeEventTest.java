package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.Polls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * An event Kafka would refuse (its JSON over {@code max.request.size}, 1 MiB) must not reach the outbox: the relay
 * sends the oldest rows first and would retry it for ever, with every later event of the service behind it.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OversizeEventTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String TOPIC = OrderTopic.CLOSED.topic();
    /** More notes than Kafka's producer takes in one record (max.request.size, 1,048,576 bytes). */
    private static final int TOO_LARGE_FOR_KAFKA = 1_100_000;

    @Inject
    EventInbox inbox;

    @Inject
    EventOutbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventTooLargeForKafkaIsRefusedWhereItIsAppended() {
        UUID orderId = UUID.randomUUID();

        EventTooLargeException refused = catchThrowableOfType(EventTooLargeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> outbox.append(new OrderClosed(orderId,
                        OrderStatus.DELIVERED, Instant.now(), "n".repeat(TOO_LARGE_FOR_KAFKA)))));

        assertThat(refused).as("append refused the event").isNotNull();
        assertThat(refused.eventType()).isEqualTo(OrderTopic.CLOSED.eventType());
        assertThat(refused.orderId()).isEqualTo(orderId);
        assertThat(refused.size()).isGreaterThan(TOO_LARGE_FOR_KAFKA);
        assertThat(refused.limit()).isEqualTo(1_000_000);
        assertThat(refused).hasMessageContainingAll(OrderTopic.CLOSED.eventType(), orderId.toString(), "1,000,000",
                "lexroute.outbox.max-event-bytes");
        assertThat(TransientFailures.isTransient(refused)).isFalse();
    }

    /**
     * Each record's handler passes its order's closing on, with as many characters of notes as the record's reason
     * says: the middle record's would be too large for Kafka.
     */
    @Test
    void theRecordWhoseHandlerAppendsAnEventTooLargeForKafkaIsDeadLetteredAndTheOthersArePublished() {
        UUID before = UUID.randomUUID();
        UUID culprit = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        ProducerRecord<String, byte[]> beforeRecord = EventRecords.toRecord(closed(before, 100), "oversize-event-test");
        ProducerRecord<String, byte[]> culpritRecord = EventRecords.toRecord(closed(culprit, TOO_LARGE_FOR_KAFKA),
                "oversize-event-test");
        ProducerRecord<String, byte[]> afterRecord = EventRecords.toRecord(closed(after, 100), "oversize-event-test");

        // One poll, one partition: the batch fails, and applied one record at a time only the culprit fails.
        inbox.handle(Polls.of(List.of(beforeRecord, culpritRecord, afterRecord)), received -> {
            OrderClosed closed = received.event(OrderClosed.class);
            entityManager.persist(new AppliedEvent(received));
            outbox.append(new OrderClosed(closed.orderId(), closed.status(), closed.closedAt(),
                    "n".repeat(Integer.parseInt(closed.reason()))));
        });

        assertThat(applied(beforeRecord)).isTrue();
        assertThat(applied(culpritRecord)).isFalse();
        assertThat(applied(afterRecord)).isTrue();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            ConsumerRecord<String, byte[]> deadLetter = kafka.awaitRecord(OrderTopic.CLOSED.deadLetterTopic(),
                    record -> culprit.toString().equals(record.key()), TIMEOUT);
            assertThat(deadLetter.value()).isEqualTo(culpritRecord.value());
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.OFFSET)).contains("1");
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.EXCEPTION_CLASS_NAME))
                    .contains(EventTooLargeException.class.getName());
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.REASON)).hasValueSatisfying(reason -> assertThat(
                    reason).contains(culprit.toString(), "1,000,000", "lexroute.outbox.max-event-bytes"));
            // No channel of the test application reads order.closed: the group is the default, the application's.
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.SERVICE)).contains("kafka-outbox-test");
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.CONSUMER_GROUP)).contains("kafka-outbox-test");

            // The relay is not stuck: the events of the records on either side of the culprit went out.
            kafka.awaitRecord(TOPIC, record -> before.toString().equals(record.key()), TIMEOUT);
            kafka.awaitRecord(TOPIC, record -> after.toString().equals(record.key()), TIMEOUT);
        }
        assertThat(relay.failingSince()).isEmpty();
    }

    /** A closing whose reason is the number of characters of notes the handler passes on. */
    private static OrderClosed closed(UUID orderId, int notes) {
        return new OrderClosed(orderId, OrderStatus.DELIVERED, Instant.now(), Integer.toString(notes));
    }

    private boolean applied(ProducerRecord<String, byte[]> record) {
        String eventId = EventRecords.eventId(Polls.of(List.of(record)).iterator().next()).toString();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(AppliedEvent.class, eventId) != null);
    }
}
