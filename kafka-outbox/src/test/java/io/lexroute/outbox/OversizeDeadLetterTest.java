package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * A record that Kafka took, but only just, no longer fits once the dead-letter headers are added: its dead letter goes
 * without its value, rather than being refused for ever while its consumer waits.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OversizeDeadLetterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String TOPIC = OrderTopic.PACKAGE_RECEIVED.topic();
    /** Kafka's producer default {@code max.request.size}: the largest record it sends. */
    private static final int MAX_REQUEST_SIZE = 1_048_576;
    /** Less than any dead letter adds: the names of its headers alone take more. */
    private static final int ROOM_LEFT = 64;

    @Inject
    EntityManager entityManager;

    @Inject
    @Readiness
    DeadLetterReadiness readiness;

    @Test
    void aRefusedRecordTooLargeToDeadLetterAsItCameGoesWithoutItsValueAndTheConsumerGoesOn() throws Exception {
        UUID refusedOrder = UUID.randomUUID();
        UUID nextOrder = UUID.randomUUID();
        ProducerRecord<String, byte[]> nearTheLimit = nearTheSizeLimit(refusedOrder);
        ProducerRecord<String, byte[]> next = onPartitionZero(EventRecords.toRecord(
                packageReceived(nextOrder, "application/pdf", "next.pdf"), "oversize-dead-letter-test"));
        RecordMetadata refusedAt;
        try (KafkaTestClient kafka = new KafkaTestClient();
                Producer<String, byte[]> producer = KafkaProducers.create(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                        "oversize-dead-letter-test")) {
            refusedAt = producer.send(nearTheLimit).get(30, TimeUnit.SECONDS);
            producer.send(next).get(30, TimeUnit.SECONDS);

            ConsumerRecord<String, byte[]> deadLetter = kafka.awaitRecord(OrderTopic.PACKAGE_RECEIVED.deadLetterTopic(),
                    record -> refusedOrder.toString().equals(record.key()), TIMEOUT);

            assertThat(deadLetter.value()).isNull();
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.VALUE_OMITTED)).contains("true");
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.VALUE_SIZE))
                    .contains(Integer.toString(nearTheLimit.value().length));
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.REASON))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("the test's handler refuses package"));
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.TOPIC)).contains(TOPIC);
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.PARTITION)).contains("0");
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.OFFSET))
                    .contains(Long.toString(refusedAt.offset()));
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.SERVICE)).contains("kafka-outbox-test");
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.CONSUMER_GROUP))
                    .contains("kafka-outbox-test-consumer");
            assertThat(KafkaTestClient.header(deadLetter, CloudEventHeaders.ID))
                    .contains(new String(nearTheLimit.headers().lastHeader(CloudEventHeaders.ID).value(),
                            StandardCharsets.UTF_8));
        }
        awaitApplied(next);
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    /** A package refused by the test's handler, whose record is a little smaller than Kafka's largest. */
    private static ProducerRecord<String, byte[]> nearTheSizeLimit(UUID orderId) {
        ProducerRecord<String, byte[]> unpadded = onPartitionZero(EventRecords.toRecord(
                packageReceived(orderId, PackageReceivedTestConsumer.REFUSED, ""), "oversize-dead-letter-test"));
        String name = "n".repeat(MAX_REQUEST_SIZE - ROOM_LEFT - sizeOf(unpadded));
        ProducerRecord<String, byte[]> padded = new ProducerRecord<>(TOPIC, 0, unpadded.key(),
                EventJson.write(packageReceived(orderId, PackageReceivedTestConsumer.REFUSED, name)),
                unpadded.headers());
        assertThat(sizeOf(padded)).isBetween(MAX_REQUEST_SIZE - ROOM_LEFT - 8, MAX_REQUEST_SIZE - ROOM_LEFT + 8);
        return padded;
    }

    private static OrderPackageReceived packageReceived(UUID orderId, String contentType, String name) {
        return new OrderPackageReceived(orderId, UUID.randomUUID(), DataCategory.values()[0], "IE", name,
                contentType, 1_024, "0".repeat(64), Instant.now(), "https://gateway.example/packages/1");
    }

    private static ProducerRecord<String, byte[]> onPartitionZero(ProducerRecord<String, byte[]> record) {
        return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
    }

    /** The size Kafka's producer checks against {@code max.request.size}. */
    private static int sizeOf(ProducerRecord<String, byte[]> record) {
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                record.key().getBytes(StandardCharsets.UTF_8), record.value(), record.headers().toArray());
    }

    private void awaitApplied(ProducerRecord<String, byte[]> record) throws InterruptedException {
        String eventId = new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!QuarkusTransaction.requiringNew().call(() -> entityManager.find(AppliedEvent.class, eventId) != null)) {
            assertThat(Instant.now()).as("the consumer applied the record after the refused one").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
