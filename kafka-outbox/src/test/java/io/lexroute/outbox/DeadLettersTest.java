package io.lexroute.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeadLettersTest {

    private static final DeadLetters.RefusedBy REFUSED_BY = new DeadLetters.RefusedBy(Optional.of("request-intake"),
            Optional.of("request-intake-progress"));

    @Test
    void aDeadLetterIsTheRecordAsItCameWithWhereFromAndWhy() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("order.located", 2, 41L, "key-1",
                "{ broken".getBytes(UTF_8));
        record.headers().add("ce_type", "io.lexroute.order.located".getBytes(UTF_8));
        RuntimeException reason = new IllegalStateException("cannot decide", new IllegalArgumentException("no date"));

        ProducerRecord<String, byte[]> deadLetter = DeadLetters.deadLetterOf(record, reason, REFUSED_BY);

        assertThat(deadLetter.topic()).isEqualTo("order.located.dlq");
        assertThat(deadLetter.key()).isEqualTo("key-1");
        assertThat(deadLetter.value()).isEqualTo("{ broken".getBytes(UTF_8));
        assertThat(header(deadLetter, "ce_type")).isEqualTo("io.lexroute.order.located");
        assertThat(header(deadLetter, DeadLetters.REASON)).isEqualTo("cannot decide");
        assertThat(header(deadLetter, DeadLetters.EXCEPTION_CLASS_NAME)).isEqualTo(
                IllegalStateException.class.getName());
        assertThat(header(deadLetter, DeadLetters.CAUSE)).isEqualTo("no date");
        assertThat(header(deadLetter, DeadLetters.CAUSE_CLASS_NAME)).isEqualTo(
                IllegalArgumentException.class.getName());
        assertThat(header(deadLetter, DeadLetters.TOPIC)).isEqualTo("order.located");
        assertThat(header(deadLetter, DeadLetters.PARTITION)).isEqualTo("2");
        assertThat(header(deadLetter, DeadLetters.OFFSET)).isEqualTo("41");
        assertThat(header(deadLetter, DeadLetters.SERVICE)).isEqualTo("request-intake");
        assertThat(header(deadLetter, DeadLetters.CONSUMER_GROUP)).isEqualTo("request-intake-progress");
    }

    @Test
    void whoRefusedItIsLeftOutWhereUnknownEvenIfTheRecordCameWithAnEarlierRefusersNames() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("order.located", 0, 3L, "key-1", new byte[0]);
        record.headers().add(DeadLetters.SERVICE, "data-locator".getBytes(UTF_8));
        record.headers().add(DeadLetters.CONSUMER_GROUP, "data-locator".getBytes(UTF_8));

        ProducerRecord<String, byte[]> deadLetter = DeadLetters.deadLetterOf(record, new IllegalStateException("no"),
                new DeadLetters.RefusedBy(Optional.of("response-gateway"), Optional.empty()));

        assertThat(header(deadLetter, DeadLetters.SERVICE)).isEqualTo("response-gateway");
        assertThat(deadLetter.headers().headers(DeadLetters.SERVICE)).hasSize(1);
        assertThat(deadLetter.headers().lastHeader(DeadLetters.CONSUMER_GROUP)).isNull();
    }

    @Test
    void aReasonWithoutMessageIsNamedByItsClassAndAnEarlierDeadLetterHeaderIsReplaced() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("order.received", 0, 7L, null, null);
        record.headers().add(DeadLetters.REASON, "an older reason".getBytes(UTF_8));

        ProducerRecord<String, byte[]> deadLetter = DeadLetters.deadLetterOf(record, new NullPointerException(),
                REFUSED_BY);

        List<String> reasons = new ArrayList<>();
        for (Header header : deadLetter.headers().headers(DeadLetters.REASON)) {
            reasons.add(new String(header.value(), UTF_8));
        }
        assertThat(reasons).containsExactly(NullPointerException.class.getName());
        assertThat(deadLetter.headers().lastHeader(DeadLetters.CAUSE)).isNull();
    }

    @Test
    void aDeadLetterWithoutItsValueKeepsTheKeyAndEveryHeaderAndSaysWhatWasLeftOut() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("order.located", 1, 9L, "key-1", new byte[5_000]);
        record.headers().add("ce_id", "event-1".getBytes(UTF_8));

        ProducerRecord<String, byte[]> reduced = DeadLetters.withoutValue(
                DeadLetters.deadLetterOf(record, new IllegalStateException("cannot apply"), REFUSED_BY));

        assertThat(reduced.topic()).isEqualTo("order.located.dlq");
        assertThat(reduced.key()).isEqualTo("key-1");
        assertThat(reduced.value()).isNull();
        assertThat(header(reduced, "ce_id")).isEqualTo("event-1");
        assertThat(header(reduced, DeadLetters.REASON)).isEqualTo("cannot apply");
        assertThat(header(reduced, DeadLetters.TOPIC)).isEqualTo("order.located");
        assertThat(header(reduced, DeadLetters.OFFSET)).isEqualTo("9");
        assertThat(header(reduced, DeadLetters.VALUE_OMITTED)).isEqualTo("true");
        assertThat(header(reduced, DeadLetters.VALUE_SIZE)).isEqualTo("5000");
        assertThat(header(reduced, DeadLetters.SERVICE)).isEqualTo("request-intake");
        assertThat(header(reduced, DeadLetters.CONSUMER_GROUP)).isEqualTo("request-intake-progress");
    }

    @Test
    @Timeout(20)
    void onceTheApplicationStopsARecordIsNotDeadLetteredButLeftUnacknowledgedForTheNextStart() {
        // Nothing listens on the discard port: a producer made now would wait for the broker, retrying for ever.
        DeadLetters deadLetters = new DeadLetters(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9"),
                new TestOutboxConfig(Duration.ofSeconds(1), 100, "dead-letters-test"),
                new OutboxMetrics(new SimpleMeterRegistry()),
                new SmallRyeConfigBuilder().build());
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("order.located", 0, 5L, "key-1", new byte[0]);
        IllegalStateException reason = new IllegalStateException("cannot apply");

        deadLetters.stop(new ShutdownEvent());

        assertThatThrownBy(() -> deadLetters.send(record, reason))
                .isInstanceOf(ApplicationStoppingException.class)
                .hasMessageContaining("order.located-0@5")
                .hasCause(reason);
        assertThat(deadLetters.failures()).isEmpty();
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }
}
