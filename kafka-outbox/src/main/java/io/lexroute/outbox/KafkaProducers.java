package io.lexroute.outbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The producers this module writes with: every record acknowledged by all in-sync replicas, without duplicates. */
final class KafkaProducers {

    private KafkaProducers() {
    }

    /** A producer on the service's Kafka settings ({@code kafka.*}, the default broker's configuration). */
    static Producer<String, byte[]> create(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.keySet().removeIf(key -> key.startsWith("devservices") || key.startsWith("health"));
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(producerConfig);
    }
}
