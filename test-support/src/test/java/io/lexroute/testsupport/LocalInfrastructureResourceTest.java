package io.lexroute.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
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
                "quarkus.datasource.password");
        assertThat(config.get("quarkus.datasource.jdbc.url")).startsWith("jdbc:postgresql://");
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
}
