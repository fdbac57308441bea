package io.lexroute.benchmark.kafka;

import io.lexroute.contracts.OrderTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain consumer on the four order topics of the pipeline that notes, per order id (the record key), when this JVM
 * first saw the order on each topic. Order.decided is the end of an order's journey; the earlier topics tell where
 * its time went. Keeps a few real records per topic for the relay to replay.
 */
public final class TopicWatcher implements AutoCloseable {

    public static final List<OrderTopic> PIPELINE = List.of(OrderTopic.RECEIVED, OrderTopic.ASSESSED,
            OrderTopic.LOCATED, OrderTopic.DECIDED);

    private static final int SAMPLES_PER_TOPIC = 60;
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<OrderTopic, Map<String, Long>> firstSeen = new EnumMap<>(OrderTopic.class);
    private final Map<OrderTopic, List<RecordSample>> samples = new EnumMap<>(OrderTopic.class);
    private final Map<String, OrderTopic> topicsByName = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private TopicWatcher(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "benchmark-watcher-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        for (OrderTopic topic : PIPELINE) {
            firstSeen.put(topic, new ConcurrentHashMap<>());
            samples.put(topic, Collections.synchronizedList(new ArrayList<>()));
            topicsByName.put(topic.topic(), topic);
        }
        // Assigned, not subscribed: no group, no rebalance, reading starts at once from the current end.
        List<TopicPartition> partitions = new ArrayList<>();
        for (OrderTopic topic : PIPELINE) {
            consumer.partitionsFor(topic.topic(), Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: resolve the positions now, or records sent before the first poll would be skipped.
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
        thread = new Thread(this::run, "topic-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching from the current end of each topic. */
    public static TopicWatcher start(String bootstrapServers) {
        TopicWatcher watcher = new TopicWatcher(bootstrapServers);
        watcher.thread.start();
        return watcher;
    }

    /** System.nanoTime() when the order was first seen on {@code topic}, if it was. */
    public OptionalLong seenAt(OrderTopic topic, String orderId) {
        throwIfFailed();
        Long nanos = firstSeen.get(topic).get(orderId);
        return nanos == null ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    public boolean decided(String orderId) {
        return seenAt(OrderTopic.DECIDED, orderId).isPresent();
    }

    public long countDecided(Collection<String> orderIds) {
        Map<String, Long> decided = firstSeen.get(OrderTopic.DECIDED);
        return orderIds.stream().filter(decided::containsKey).count();
    }

    /** The real records kept from {@code topic}, at most {@value #SAMPLES_PER_TOPIC}. */
    public List<RecordSample> samples(OrderTopic topic) {
        synchronized (samples.get(topic)) {
            return List.copyOf(samples.get(topic));
        }
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    note(record, now);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void note(ConsumerRecord<String, byte[]> record, long now) {
        OrderTopic topic = topicsByName.get(record.topic());
        if (topic == null || record.key() == null) {
            return;
        }
        firstSeen.get(topic).putIfAbsent(record.key(), now);
        List<RecordSample> kept = samples.get(topic);
        synchronized (kept) {
            if (kept.size() < SAMPLES_PER_TOPIC) {
                List<Header> headers = new ArrayList<>();
                record.headers().forEach(header -> headers.add(new RecordHeader(header.key(), header.value())));
                kept.add(new RecordSample(record.value(), List.copyOf(headers)));
            }
        }
    }

    private void throwIfFailed() {
        RuntimeException e = failure;
        if (e != null) {
            throw new IllegalStateException("the topic watcher stopped: " + e, e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
