package io.lexroute.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code ./tail-orders.sh [--bootstrap-servers H:P] [--order ID] [--from-beginning]}: prints the order topics and their
 * dead-letter twins as they flow, one record per block: topic, CloudEvents headers, dead-letter reason, JSON value.
 */
public final class TopicTail {

    private static final PrintStream OUT = System.out;

    private TopicTail() {
    }

    public static void main(String[] args) {
        String bootstrapServers = "127.0.0.1:9092";
        String orderId = null;
        boolean fromBeginning = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap-servers" -> bootstrapServers = args[++i];
                case "--order" -> orderId = args[++i];
                case "--from-beginning" -> fromBeginning = true;
                default -> {
                    System.err.println("usage: tail-orders.sh [--bootstrap-servers host:port] [--order ID]"
                            + " [--from-beginning]");
                    System.exit(2);
                }
            }
        }
        tail(bootstrapServers, orderId, fromBeginning);
    }

    private static void tail(String bootstrapServers, String orderId, boolean fromBeginning) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "tail-orders-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<String> topics = LexRouteTopics.all();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(topics);
            OUT.println("Tailing " + String.join(", ", topics) + " on " + bootstrapServers
                    + (orderId == null ? "" : " for order " + orderId) + " (Ctrl-C to stop)");
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (orderId == null || orderId.equals(record.key())) {
                        print(record);
                    }
                }
            }
        }
    }

    private static void print(ConsumerRecord<String, byte[]> record) {
        OUT.printf("%s %s[%d]@%d key=%s%n", Instant.ofEpochMilli(record.timestamp()), record.topic(),
                record.partition(), record.offset(), record.key());
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_") || header.key().startsWith("dead-letter")
                    || header.key().equals("traceparent")) {
                OUT.printf("  %s: %s%n", header.key(), header.value() == null ? "" : new String(header.value(), UTF_8));
            }
        }
        OUT.println("  " + (record.value() == null ? "(no value)" : new String(record.value(), UTF_8)));
    }
}
