package io.lexroute.resolver.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.OrderTopic;
import io.lexroute.resolver.CaseOrders;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against the real database and broker: an instance that does not hold the turn sends nothing and
 * leaves the rows where they are, and the one that gets it sends them and only then removes them.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayTurnTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Test
    void whileAnotherInstanceHoldsTheTurnTheEventWaitsInTheOutboxThenLeavesOnce() throws Exception {
        UUID orderId = UUID.randomUUID();
        Predicate<ConsumerRecord<String, byte[]>> ofThisOrder = record -> orderId.toString().equals(record.key());
        try (KafkaTestClient kafka = new KafkaTestClient(); Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (Statement turn = otherInstance.createStatement()) {
                turn.execute("select pg_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))");
            }

            kafka.produce(OrderTopic.RECEIVED.topic(), orderId.toString(),
                    OrderReceivedRecords.value(orderId, CaseOrders.order("us-msft-ie-2016.json")),
                    OrderReceivedRecords.headers(UUID.randomUUID().toString(), orderId));

            awaitOutboxRows(orderId, 1);
            // Several wake-ups and polls of the relay (every 500 ms) go by while the other instance keeps the turn.
            assertThat(kafka.countRecords(OrderTopic.ASSESSED.topic(), ofThisOrder, Duration.ofSeconds(3))).isZero();
            assertThat(outboxRows(orderId)).isEqualTo(1);

            otherInstance.rollback();

            kafka.awaitRecord(OrderTopic.ASSESSED.topic(), ofThisOrder, TIMEOUT);
            awaitOutboxRows(orderId, 0);
            assertThat(kafka.countRecords(OrderTopic.ASSESSED.topic(), ofThisOrder, Duration.ofSeconds(3)))
                    .isEqualTo(1);
        }
    }

    private void awaitOutboxRows(UUID orderId, int rows) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (outboxRows(orderId) != rows) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("order " + orderId + " did not have " + rows + " outbox row(s) within "
                        + TIMEOUT + "; it has " + outboxRows(orderId));
            }
            Thread.sleep(100);
        }
    }

    private int outboxRows(UUID orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_event where record_key = ?")) {
            count.setString(1, orderId.toString());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
