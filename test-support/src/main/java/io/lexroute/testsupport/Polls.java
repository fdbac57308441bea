package io.lexroute.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;

/**
 * What one poll of a consumer would return for records as a producer would send them: for a test that hands a poll
 * straight to a consumer method, to know exactly which records arrive together.
 */
public final class Polls {

    private Polls() {
    }

    /** The records in the order given, each on partition 0 of its topic, with offsets counting from 0. */
    public static ConsumerRecords<String, byte[]> of(List<ProducerRecord<String, byte[]>> records) {
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> byPartition = new LinkedHashMap<>();
        long offset = 0;
        for (ProducerRecord<String, byte[]> record : records) {
            byPartition.computeIfAbsent(new TopicPartition(record.topic(), 0), partition -> new ArrayList<>())
                    .add(new ConsumerRecord<>(record.topic(), 0, offset++, Instant.now().toEpochMilli(),
                            TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(), record.headers(),
                            Optional.empty()));
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }
}
