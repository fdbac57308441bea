package io.lexroute.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producers this module writes with: every record acknowledged by all in-sync replicas, without duplicates, and
 * a send given up within seconds rather than minutes when the broker does not acknowledge it.
 */
final class KafkaProducers {

    /**
     * How long a send may wait for its acknowledgement, retries included, before it fails (Kafka's default is two
     * minutes). In the fault run of 6 December 2026, after a clean broker restart, the broker answered the retries of
     * one of data-locator's batches with OUT_OF_ORDER_SEQUENCE_NUMBER, and the producer retried it until this timeout:
     * every event behind it waited two minutes. Once the batch has failed, the relay rolls back and sends the rows
     * again, and the producer starts that partition's sequence afresh (in that run the resend went through at once).
     * A send that was only slow goes out twice; consumers skip the repeat by event id. A service's {@code kafka.*}
     * settings override these values.
     */
    static final int DELIVERY_TIMEOUT_MS = 10_000;
    static final int REQUEST_TIMEOUT_MS = 5_000;
    /** How long a send may wait for the topic's metadata (a broker that is away) before it fails; Kafka's is 60 s. */
    static final int MAX_BLOCK_MS = 10_000;
    private static final int LINGER_MS = 2;

    private KafkaProducers() {
    }

    /** A producer on the service's Kafka settings ({@code kafka.*}, the default broker's configuration). */
    static Producer<String, byte[]> create(Map<String, Object> kafkaConfig, String clientId) {
        return new KafkaProducer<>(config(kafkaConfig, clientId));
    }

    /**
     * Sends {@code record}; when the send has already failed by the time it returns (the topic's metadata did not
     * come within {@code max.block.ms}: a broker that is away), throws that failure at once, so that a batch stops at
     * its first record instead of waiting {@code max.block.ms} again for each of the others.
     */
    static Future<RecordMetadata> sendOrFail(Producer<String, byte[]> producer, ProducerRecord<String, byte[]> record)
            throws ExecutionException, InterruptedException {
        Future<RecordMetadata> ack = producer.send(record);
        if (ack.isDone()) {
            ack.get();
        }
        return ack;
    }

    static Map<String, Object> config(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.keySet().removeIf(key -> key.startsWith("devservices") || key.startsWith("health"));
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        producerConfig.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
        producerConfig.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        // Kafka refuses a delivery timeout shorter than linger plus one request: a longer request timeout set by the
        // service lengthens it.
        int requestTimeoutMs = Integer.parseInt(
                producerConfig.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG).toString());
        producerConfig.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                Math.max(DELIVERY_TIMEOUT_MS, requestTimeoutMs + LINGER_MS));
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return producerConfig;
    }
}
