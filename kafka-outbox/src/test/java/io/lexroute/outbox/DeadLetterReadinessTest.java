package io.lexroute.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * A dead letter that Kafka refuses, even without its value, is retried until Kafka takes it (nothing is dropped), and
 * readiness says so meanwhile.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterReadinessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    DeadLetters deadLetters;

    @Inject
    @Readiness
    DeadLetterReadiness readiness;

    @Test
    void readinessIsDownWithTheFailureWhileADeadLetterCannotBeSentAndUpOnceItIs() throws Exception {
        String topic = "dead-letter-readiness-test." + UUID.randomUUID();
        String deadLetterTopic = topic + ".dlq";
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 7L, "order-1", "{}".getBytes(UTF_8));
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try (KafkaTestClient kafka = new KafkaTestClient();
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            // A dead-letter topic that takes no record of more than 100 bytes: Kafka refuses the dead letter, and
            // without its value still.
            admin.createTopics(List.of(new NewTopic(deadLetterTopic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "100")))).all().get(30, TimeUnit.SECONDS);
            assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

            Future<?> sent = consumer.submit(() -> deadLetters.send(record, new IllegalStateException("cannot apply")));
            HealthCheckResponse down = awaitStatus(HealthCheckResponse.Status.DOWN);

            assertThat(down.getName()).isEqualTo("Dead letters");
            assertThat(down.getData()).hasValueSatisfying(data -> {
                assertThat(data.get("failure").toString()).contains(topic + "-0@7", deadLetterTopic,
                        RecordTooLargeException.class.getName());
                assertThat(data).containsKey("failingSince").containsEntry("failing", 1L);
            });
            assertThat(sent).isNotDone();

            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, deadLetterTopic),
                    List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"),
                            AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
            sent.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

            assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            ConsumerRecord<String, byte[]> deadLetter = kafka.awaitRecord(deadLetterTopic,
                    dead -> "order-1".equals(dead.key()), TIMEOUT);
            assertThat(deadLetter.value()).isNull();
            assertThat(KafkaTestClient.header(deadLetter, DeadLetters.VALUE_SIZE)).contains("2");
        } finally {
            consumer.shutdownNow();
        }
    }

    private HealthCheckResponse awaitStatus(HealthCheckResponse.Status status) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        HealthCheckResponse response = readiness.call();
        while (response.getStatus() != status) {
            assertThat(Instant.now()).as("readiness %s within %s", status, TIMEOUT).isBefore(deadline);
            Thread.sleep(200);
            response = readiness.call();
        }
        return response;
    }
}
