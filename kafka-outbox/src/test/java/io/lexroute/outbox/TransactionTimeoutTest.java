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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A database that holds a poll's transaction past the transaction timeout (here a lock another session keeps) makes
 * the transaction manager roll the poll back: that says nothing against the record, which is applied once the
 * database answers again, not dead-lettered; meanwhile the poll's age shows the wait. Only when the poll's transactions
 * keep timing out for longer than {@code lexroute.outbox.timed-out-transaction-wait} is its record dead-lettered.
 */
@QuarkusTest
@TestProfile(TransactionTimeoutTest.ShortTransactions.class)
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class TransactionTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** How long the poll's transactions may keep timing out before its record is dead-lettered. */
    private static final Duration WAIT = Duration.ofSeconds(20);

    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", TIMEOUT.toSeconds() + "s",
                    "lexroute.outbox.timed-out-transaction-wait", WAIT.toSeconds() + "s");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    EventInbox inbox;

    @Test
    void aPollHeldPastTheTransactionTimeoutIsAppliedOnceTheDatabaseAnswersNotDeadLettered() throws Exception {
        UUID orderId = UUID.randomUUID();
        String eventId = sendWhileLocked(orderId, TIMEOUT.multipliedBy(2), true);

        awaitApplied(eventId);
        assertThat(inbox.oldestPollAgeSeconds()).isZero();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            assertThat(kafka.countRecords(OrderTopic.PACKAGE_RECEIVED.deadLetterTopic(),
                    r -> orderId.toString().equals(r.key()), Duration.ofSeconds(2))).isZero();
        }
    }

    @Test
    void aRecordWhosePollKeepsTimingOutLongerThanTheWaitIsDeadLettered() throws Exception {
        UUID orderId = UUID.randomUUID();
        String eventId = sendWhileLocked(orderId, WAIT.plus(TIMEOUT.multipliedBy(4)), false);

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            assertThat(kafka.countRecords(OrderTopic.PACKAGE_RECEIVED.deadLetterTopic(),
                    r -> orderId.toString().equals(r.key()), Duration.ofSeconds(5))).isOne();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.find(AppliedEvent.class, eventId)))
                .isNull();
    }

    /**
     * Sends a package-received event for {@code orderId} while the test holds a lock on the table its handler writes,
     * for {@code hold} from when the consumer waits on it; returns the event's id. {@code stillApplying}: the consumer
     * is expected to be still at it when the lock goes (its poll as old as the lock).
     */
    private String sendWhileLocked(UUID orderId, Duration hold, boolean stillApplying) throws Exception {
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(new OrderPackageReceived(orderId,
                UUID.randomUUID(), DataCategory.SUBSCRIBER, "IE", "held.pdf", "application/pdf", 1_024,
                "0".repeat(64), Instant.now(), "https://gateway.example/packages/held"), "transaction-timeout-test");
        try (KafkaTestClient kafka = new KafkaTestClient();
                Producer<String, byte[]> producer = KafkaProducers.create(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                        "transaction-timeout-test");
                Connection lockHolder = dataSource.getConnection()) {
            lockHolder.setAutoCommit(false);
            try (Statement lock = lockHolder.createStatement()) {
                lock.execute("lock table outbox_test.applied_event in exclusive mode");
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
            awaitWaiterOnTheLock(lockHolder);
            Thread.sleep(hold.toMillis());
            if (stillApplying) {
                assertThat(inbox.oldestPollAgeSeconds()).isGreaterThanOrEqualTo(hold.toSeconds());
            }
            lockHolder.rollback();
        }
        return new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
    }

    private static void awaitWaiterOnTheLock(Connection connection) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("select count(*) from pg_locks"
                            + " where relation = 'outbox_test.applied_event'::regclass and not granted")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the consumer never tried to apply the record");
    }

    private void awaitApplied(String eventId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!QuarkusTransaction.requiringNew().call(() -> entityManager.find(AppliedEvent.class, eventId) != null)) {
            assertThat(Instant.now()).as("the record was applied once the lock was released").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
