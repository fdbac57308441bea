package io.lexroute.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lexroute.localstack.LocalStackProcess;
import java.io.File;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The outbox relay's and the dead letters' producer, against a real broker. */
class KafkaProducersTest {

    /** Three times the delivery timeout: room for a busy machine, far below Kafka's default of two minutes. */
    private static final long GIVE_UP_WITHIN_SECONDS = 3 * KafkaProducers.DELIVERY_TIMEOUT_MS / 1000;

    /**
     * A broker that stops answering (frozen with SIGSTOP: its connections stay open, nothing comes back) stands in
     * for the one that answered a batch's retries with OUT_OF_ORDER_SEQUENCE_NUMBER after a restart: either way the
     * producer retries until the delivery timeout, and only then can the relay roll back and send again. The broker
     * is this test's own, so that freezing it stops no other test.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSendTheBrokerNeverAnswersFailsWithinSecondsAndTheProducerSendsOnOnceItAnswers() throws Exception {
        assumeTrue(new File("/bin/kill").canExecute(), "freezing the broker needs kill(1)");
        String topic = "kafka-producers-test." + UUID.randomUUID();
        try (LocalStackProcess broker = LocalStackProcess.start(false);
                Producer<String, byte[]> producer = KafkaProducers.create(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                        "kafka-producers-test")) {
            RecordMetadata before = producer.send(record(topic, "before")).get(30, TimeUnit.SECONDS);

            signal(broker, "-STOP");
            ExecutionException failure;
            try {
                Future<RecordMetadata> unanswered = producer.send(record(topic, "while frozen"));
                failure = catchThrowableOfType(ExecutionException.class,
                        () -> unanswered.get(GIVE_UP_WITHIN_SECONDS, TimeUnit.SECONDS));
            } finally {
                signal(broker, "-CONT");
            }

            assertThat(failure).as("the send failed by itself, within %d s", GIVE_UP_WITHIN_SECONDS).isNotNull();
            assertThat(failure.getCause()).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
            RecordMetadata after = producer.send(record(topic, "after")).get(60, TimeUnit.SECONDS);
            assertThat(after.partition()).isEqualTo(before.partition());
            assertThat(after.offset()).isGreaterThan(before.offset());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withNoBrokerToAnswerARelayBatchFailsAtItsFirstRecordNotAfterWaitingForEachOfThem() throws Exception {
        try (ServerSocket unused = new ServerSocket(0)) {
            String nobody = "127.0.0.1:" + unused.getLocalPort();
            unused.close();
            try (Producer<String, byte[]> producer = KafkaProducers.create(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, nobody), "kafka-producers-test")) {
                // Ten records, as a relay batch would send them: waiting max.block.ms (10 s) for each would take 100 s.
                int[] sent = {0};
                ExecutionException failure = catchThrowableOfType(ExecutionException.class, () -> {
                    for (int i = 0; i < 10; i++) {
                        sent[0]++;
                        KafkaProducers.sendOrFail(producer, record("order.received", "event " + i));
                    }
                });

                assertThat(failure).isNotNull();
                assertThat(failure.getCause()).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
                assertThat(sent[0]).as("records tried before the batch failed").isEqualTo(1);
            }
        }
    }

    @Test
    void theServiceSettingsWinAndALongerRequestTimeoutLengthensTheDeliveryTimeout() {
        Map<String, Object> defaults = KafkaProducers.config(Map.of("bootstrap.servers", "127.0.0.1:9092"), "relay");
        Map<String, Object> slowerRequests = KafkaProducers.config(
                Map.of("bootstrap.servers", "127.0.0.1:9092", ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000"),
                "relay");
        Map<String, Object> ownDeliveryTimeout = KafkaProducers.config(
                Map.of("bootstrap.servers", "127.0.0.1:9092", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000"),
                "relay");

        assertThat(defaults).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
        assertThat(slowerRequests).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_002);
        assertThat(ownDeliveryTimeout).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
    }

    private static ProducerRecord<String, byte[]> record(String topic, String value) {
        return new ProducerRecord<>(topic, 0, "order-1", value.getBytes(UTF_8));
    }

    private static void signal(LocalStackProcess process, String signal) throws Exception {
        Process kill = new ProcessBuilder("/bin/kill", signal, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill %s", signal).isTrue();
    }
}
