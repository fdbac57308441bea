package io.lexroute.gateway.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderDeadlinePassed;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventRecords;
import io.lexroute.testsupport.KafkaTestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Plays the data-locator on the real broker and reads what the gateway publishes, by order id. */
public final class Pipeline implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final KafkaTestClient kafka = new KafkaTestClient();

    public void send(OrderLocated located) {
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(located, "data-locator-test");
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
        kafka.produce(record.topic(), record.key(), record.value(), headers);
    }

    public OrderDecided awaitDecided(UUID orderId, int revision) {
        return read(kafka.awaitRecord(OrderTopic.DECIDED.topic(),
                candidate -> orderId.toString().equals(candidate.key())
                        && read(candidate, OrderDecided.class).revision() == revision, TIMEOUT), OrderDecided.class);
    }

    public OrderClosed awaitClosed(UUID orderId) {
        return read(kafka.awaitRecord(OrderTopic.CLOSED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), TIMEOUT), OrderClosed.class);
    }

    public OrderPackageReceived awaitPackageReceived(UUID orderId, UUID packageId) {
        return read(kafka.awaitRecord(OrderTopic.PACKAGE_RECEIVED.topic(),
                candidate -> orderId.toString().equals(candidate.key())
                        && packageId.equals(read(candidate, OrderPackageReceived.class).packageId()), TIMEOUT),
                OrderPackageReceived.class);
    }

    /** How many order.package-received records the order has, counted over {@code window}. */
    public int countPackagesReceived(UUID orderId, Duration window) {
        return kafka.countRecords(OrderTopic.PACKAGE_RECEIVED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), window);
    }

    /** How many order.decided records (revisions) the order has, counted over {@code window}. */
    public int countDecided(UUID orderId, Duration window) {
        return kafka.countRecords(OrderTopic.DECIDED.topic(), candidate -> orderId.toString().equals(candidate.key()),
                window);
    }

    /** How many order.closed records the order has, counted over {@code window}. */
    public int countClosed(UUID orderId, Duration window) {
        return kafka.countRecords(OrderTopic.CLOSED.topic(), candidate -> orderId.toString().equals(candidate.key()),
                window);
    }

    public OrderDeadlinePassed awaitDeadlinePassed(UUID orderId) {
        return read(kafka.awaitRecord(OrderTopic.DEADLINE_PASSED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), TIMEOUT), OrderDeadlinePassed.class);
    }

    /** How many order.deadline-passed records the order has, counted over {@code window}. */
    public int countDeadlinesPassed(UUID orderId, Duration window) {
        return kafka.countRecords(OrderTopic.DEADLINE_PASSED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), window);
    }

    /** Polls until {@code probe} finds something, or fails after the timeout. */
    public static <T> T eventually(Supplier<Optional<T>> probe, String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not found within " + TIMEOUT + ": " + what);
    }

    @Override
    public void close() {
        kafka.close();
    }

    private static <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        try {
            return EventJson.read(record.value(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
