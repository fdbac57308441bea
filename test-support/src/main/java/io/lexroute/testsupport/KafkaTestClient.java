package io.lexroute.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends records to and reads records from the real broker in tests. Keys are strings, values raw bytes,
 * header values UTF-8 strings.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int KEYS_SHOWN_ON_FAILURE = 10;
    private static final Duration READ_TO_END_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private KafkaProducer<String, byte[]> producer;

    /** Uses {@code kafka.bootstrap.servers} from the running Quarkus test's configuration. */
    public KafkaTestClient() {
        this(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Sends one record without headers and waits until the broker has acknowledged it. */
    public RecordMetadata produce(String topic, String key, byte[] value) {
        return produce(topic, key, value, Map.of());
    }

    /** Sends one record and waits until the broker has acknowledged it. */
    public RecordMetadata produce(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Sending to " + topic + " on " + bootstrapServers + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        }
    }

    /**
     * Reads {@code topic} from the beginning, as a new consumer group, and returns the first record that
     * {@code match} accepts.
     *
     * @throws AssertionError when no record matches within {@code timeout}
     */
    public ConsumerRecord<String, byte[]> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        Deque<String> lastKeys = new ArrayDeque<>();
        int[] read = {0};
        Optional<ConsumerRecord<String, byte[]>> found = scan(topic, timeout, record -> {
            if (match.test(record)) {
                return true;
            }
            read[0]++;
            remember(lastKeys, record.key());
            return false;
        });
        return found.orElseThrow(() -> new AssertionError("No record on topic '" + topic + "' matched within "
                + timeout + "; read " + read[0] + " other record(s) from the beginning, last keys " + lastKeys
                + " (bootstrap servers " + bootstrapServers + ")"));
    }

    /**
     * Reads {@code topic} from the beginning for {@code window} and counts the records {@code match} accepts;
     * to prove that something was published once and only once, or not at all. After the window it reads on to
     * the end the topic had when the window closed, so that a slow group join or fetch cannot pass for absence.
     *
     * @throws AssertionError when that end cannot be reached within {@link #READ_TO_END_TIMEOUT}
     */
    public int countRecords(String topic, Predicate<ConsumerRecord<String, byte[]>> match, Duration window) {
        int[] matching = {0};
        Consumer<ConsumerRecord<String, byte[]>> count = record -> {
            if (match.test(record)) {
                matching[0]++;
            }
        };
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            Instant windowEnd = Instant.now().plus(window);
            while (Instant.now().isBefore(windowEnd)) {
                consumer.poll(POLL_INTERVAL).forEach(count);
            }
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant giveUp = Instant.now().plus(READ_TO_END_TIMEOUT);
            while (!readTo(consumer, ends)) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("Could not read topic '" + topic + "' to its end offsets " + ends
                            + " within " + READ_TO_END_TIMEOUT + " (bootstrap servers " + bootstrapServers + ")");
                }
                consumer.poll(POLL_INTERVAL).forEach(count);
            }
        }
        return matching[0];
    }

    private static boolean readTo(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (end.getValue() > 0 && (!consumer.assignment().contains(end.getKey())
                    || consumer.position(end.getKey()) < end.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code topic} from the beginning until {@code stop} accepts a record (returned) or time runs out. */
    private Optional<ConsumerRecord<String, byte[]>> scan(
            String topic, Duration window, Predicate<ConsumerRecord<String, byte[]>> stop) {
        Instant deadline = Instant.now().plus(window);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL_INTERVAL)) {
                    if (stop.test(record)) {
                        return Optional.of(record);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The last value of header {@code name}, read as UTF-8. */
    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        }
        return producer;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "kafka-test-client-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Notices quickly a topic that the code under test creates only after we subscribed.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    private static void remember(Deque<String> lastKeys, String key) {
        if (lastKeys.size() == KEYS_SHOWN_ON_FAILURE) {
            lastKeys.removeFirst();
        }
        lastKeys.addLast(key);
    }
}
