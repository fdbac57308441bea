package io.lexroute.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uses the resource as a Quarkus test would, then talks to the broker it chose through KafkaTestClient. */
class LocalInfrastructureResourceTest {

    private static Map<String, String> config;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void startInfrastructure() {
        config = new LocalInfrastructureResource().start();
        kafka = new KafkaTestClient(config.get("kafka.bootstrap.servers"));
    }

    @AfterAll
    static void closeClient() {
        kafka.close();
    }

    @Test
    void suppliesKafkaAndDatasourceConfiguration() {
        assertThat(config).containsOnlyKeys(
                "kafka.bootstrap.servers",
                "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username",
                "quarkus.datasource.password",
                "quarkus.flyway.username",
                "quarkus.flyway.password");
        assertThat(config.get("quarkus.datasource.jdbc.url")).startsWith("jdbc:postgresql://");
    }

    @Test
    void theConnectionPoolsLoginOwnsNothingAndFlywaysOwnsTheDatabase() throws SQLException {
        DatabaseEndpoint database = TestInfrastructure.obtain().database();
        assertThat(config).containsEntry("quarkus.datasource.username", database.runtime().username())
                .containsEntry("quarkus.flyway.username", database.owner().username());
        Assumptions.assumeTrue(database.separatesOwnerAndRuntime(), "the test database has one login only");

        try (Connection connection = database.connect(database.runtime());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select current_user, pg_get_userbyid(datdba),
                               has_database_privilege(current_user, current_database(), 'create'),
                               has_schema_privilege(current_user, 'public', 'create')
                        from pg_database where datname = current_database()""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(database.runtime().username());
            assertThat(row.getString(2)).as("the database's owner").isEqualTo(database.owner().username());
            assertThat(row.getBoolean(3)).as("the runtime login may create schemas").isFalse();
            assertThat(row.getBoolean(4)).as("the runtime login may create tables in public").isFalse();
        }
    }

    @Test
    void aSecondStartInTheSameJvmReusesTheSameInfrastructure() {
        assertThat(new LocalInfrastructureResource().start()).isEqualTo(config);
    }

    @Test
    void recordSentWithHeadersIsFoundAgain() {
        String orderId = "order-" + UUID.randomUUID();
        kafka.produce("order.received", orderId, "{\"id\":1}".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_type", "io.lexroute.order.received.v1", "ce_subject", orderId));

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord("order.received",
                candidate -> KafkaTestClient.header(candidate, "ce_subject").filter(orderId::equals).isPresent(),
                Duration.ofSeconds(30));

        assertThat(record.key()).isEqualTo(orderId);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
        assertThat(KafkaTestClient.header(record, "ce_type")).contains("io.lexroute.order.received.v1");
    }

    @Test
    void awaitingARecordThatNeverComesFailsWithTheTopicInTheMessage() {
        assertThatThrownBy(() -> kafka.awaitRecord("order.closed.dlq", record -> false, Duration.ofSeconds(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No record on topic 'order.closed.dlq' matched within PT2S");
    }

    @Test
    void countingReadsTheWholeTopicEvenWhenTheWindowIsOverBeforeTheGroupHasJoined() {
        String topic = "test-support.count." + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            kafka.produce(topic, "key-" + i, new byte[] {(byte) i});
        }
        kafka.produce(topic, "other", new byte[0]);

        assertThat(kafka.countRecords(topic, record -> record.key().startsWith("key-"), Duration.ZERO)).isEqualTo(3);
        assertThat(kafka.countRecords("test-support.never-written." + UUID.randomUUID(), record -> true,
                Duration.ofMillis(500))).isZero();
    }
}
