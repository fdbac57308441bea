package io.lexroute.intake.ops;

import static io.lexroute.outbox.DeadLetters.CAUSE;
import static io.lexroute.outbox.DeadLetters.EXCEPTION_CLASS_NAME;
import static io.lexroute.outbox.DeadLetters.OFFSET;
import static io.lexroute.outbox.DeadLetters.PARTITION;
import static io.lexroute.outbox.DeadLetters.REASON;
import static io.lexroute.outbox.DeadLetters.TOPIC;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderTopic;
import io.lexroute.intake.ops.OpsBoard.DeadLetter;
import io.lexroute.intake.ops.OpsBoard.DeadLetterTopic;
import io.lexroute.intake.ops.OpsBoard.DeadLetters;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the latest {@link #PER_TOPIC} records of every {@code <topic>.dlq} topic, with the error the SmallRye
 * dead-letter queue wrote in their headers. It reads by assigning partitions and seeking near their end: no consumer
 * group, nothing committed, nothing the services' own consumers would notice.
 *
 * <p>One consumer is kept and reused, created on first use: a consumer per call would fetch metadata and open
 * connections anew every few seconds for each open board. A KafkaConsumer must not be used by two threads at once,
 * so calls take turns; a call within {@link #REUSE} of the last one gets that one's answer, so several open boards
 * do not queue up reads. When Kafka cannot be read the answer says so and the consumer is replaced next time.
 */
@ApplicationScoped
public class DeadLetterReader {

    public static final int PER_TOPIC = 10;

    private static final Logger LOG = Logger.getLogger(DeadLetterReader.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration READ_BUDGET = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration REUSE = Duration.ofSeconds(1);
    private static final int VALUE_EXCERPT_CHARS = 500;

    private final Map<String, Object> kafkaConfig;
    private Consumer<String, byte[]> consumer;
    private DeadLetters last;
    private long lastReadNanos;

    public DeadLetterReader(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    public synchronized DeadLetters latest() {
        if (last != null && System.nanoTime() - lastReadNanos < REUSE.toNanos()) {
            return last;
        }
        try {
            last = read(consumer());
        } catch (KafkaException e) {
            LOG.warnf("Could not read the dead-letter topics: %s", e.toString());
            close();
            last = DeadLetters.unavailable("Kafka could not be read: " + e.getMessage());
        }
        lastReadNanos = System.nanoTime();
        return last;
    }

    @PreDestroy
    synchronized void close() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ofSeconds(2));
            } catch (KafkaException e) {
                LOG.debugf("Closing the dead-letter consumer failed: %s", e.toString());
            }
            consumer = null;
        }
    }

    private static DeadLetters read(Consumer<String, byte[]> consumer) {
        Set<String> deadLetterTopics = Arrays.stream(OrderTopic.values())
                .map(OrderTopic::deadLetterTopic)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(METADATA_TIMEOUT);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : deadLetterTopics) {
            for (PartitionInfo partition : existing.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
        }
        // Assigned before the offsets are looked up, so that the consumer keeps what it learns about them.
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, METADATA_TIMEOUT);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, METADATA_TIMEOUT);
        Map<String, Long> perTopic = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long beginning = beginnings.getOrDefault(partition, 0L);
            long end = ends.getOrDefault(partition, 0L);
            perTopic.merge(partition.topic(), end - beginning, Long::sum);
            consumer.seek(partition, Math.max(beginning, end - PER_TOPIC));
        }
        List<DeadLetter> latest = readUpTo(consumer, ends);
        List<DeadLetterTopic> topics = deadLetterTopics.stream()
                .map(topic -> new DeadLetterTopic(topic, perTopic.getOrDefault(topic, 0L)))
                .toList();
        return new DeadLetters(true, null, topics, latest);
    }

    /** Polls until every partition is read up to the end it had (or the read budget is spent); newest first. */
    private static List<DeadLetter> readUpTo(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        Map<String, List<DeadLetter>> byTopic = new HashMap<>();
        long deadline = System.nanoTime() + READ_BUDGET.toNanos();
        while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())
                && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                byTopic.computeIfAbsent(record.topic(), topic -> new ArrayList<>()).add(deadLetter(record));
            }
        }
        Comparator<DeadLetter> newestFirst = Comparator.comparing(DeadLetter::timestamp)
                .thenComparing(DeadLetter::offset).reversed();
        return byTopic.values().stream()
                .flatMap(records -> records.stream().sorted(newestFirst).limit(PER_TOPIC))
                .sorted(newestFirst)
                .toList();
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                Instant.ofEpochMilli(record.timestamp()),
                header(record, TOPIC).orElse(null),
                header(record, PARTITION).flatMap(DeadLetterReader::parseInt)
                        .orElse(null),
                header(record, OFFSET).flatMap(DeadLetterReader::parseLong)
                        .orElse(null),
                header(record, REASON).orElse(null),
                header(record, CAUSE).orElse(null),
                header(record, EXCEPTION_CLASS_NAME).orElse(null),
                excerpt(record.value()));
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), UTF_8));
    }

    private static String excerpt(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, UTF_8);
        return text.length() <= VALUE_EXCERPT_CHARS ? text : text.substring(0, VALUE_EXCERPT_CHARS) + "…";
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Consumer<String, byte[]> consumer() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(consumerConfig());
        }
        return consumer;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.keySet().removeIf(key -> key.startsWith("devservices") || key.startsWith("health")
                || key.equals(ConsumerConfig.GROUP_ID_CONFIG));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "request-intake-ops-board-dead-letters");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) METADATA_TIMEOUT.toMillis());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }
}
