package io.lexroute.localstack.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.OrderTopic;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every record of {@code order.decided}, read from the beginning of each partition as the topic grows (no consumer
 * group, nothing committed), kept per order: the revision, the CloudEvents id and when the relay published it.
 * A record whose {@code ce_id} was seen before is the relay sending an event again after a crash; consumers skip it.
 */
final class DecisionLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, List<DecisionRecord>> byOrder = new ConcurrentHashMap<>();
    private final AtomicLong unreadable = new AtomicLong();
    private final Thread reader;
    private volatile boolean running = true;

    private DecisionLog(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
        this.reader = new Thread(this::readAll, "fault-run-decision-log");
        reader.setDaemon(true);
    }

    static DecisionLog follow(String bootstrapServers) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        String topic = OrderTopic.DECIDED.topic();
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        DecisionLog log = new DecisionLog(consumer);
        log.reader.start();
        return log;
    }

    /** How many of these orders have at least one first-revision decision on the topic. */
    long decidedAmong(Collection<String> orderIds) {
        return orderIds.stream().filter(id -> firstRevisionIds(id) > 0).count();
    }

    /** The records seen for this order, in the order read. */
    List<DecisionRecord> records(String orderId) {
        List<DecisionRecord> records = byOrder.get(orderId);
        if (records == null) {
            return List.of();
        }
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** Records whose value could not be read as an OrderDecided. */
    long unreadable() {
        return unreadable.get();
    }

    private long firstRevisionIds(String orderId) {
        return records(orderId).stream().filter(DecisionRecord::firstRevision).map(DecisionRecord::eventId)
                .distinct().count();
    }

    private void readAll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    keep(record);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer up.
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void keep(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode value = JSON.readTree(record.value());
            String orderId = value.path("orderId").asText();
            Header eventId = record.headers().lastHeader(CloudEventHeaders.ID);
            if (orderId.isEmpty() || !value.path("revision").canConvertToInt() || eventId == null) {
                unreadable.incrementAndGet();
                return;
            }
            DecisionRecord decision = new DecisionRecord(new String(eventId.value(), UTF_8),
                    value.path("revision").asInt(), Instant.ofEpochMilli(record.timestamp()));
            List<DecisionRecord> records = byOrder.computeIfAbsent(orderId, id -> new ArrayList<>());
            synchronized (records) {
                records.add(decision);
            }
        } catch (IOException | RuntimeException e) {
            unreadable.incrementAndGet();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        reader.join(Duration.ofSeconds(10).toMillis());
    }

    /** One record of order.decided: the event's id, its revision and when it was published (the record timestamp). */
    record DecisionRecord(String eventId, int revision, Instant publishedAt) {
        boolean firstRevision() {
            return revision == 1;
        }
    }
}
