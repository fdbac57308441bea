package io.lexroute.localstack.faults;

import io.lexroute.contracts.OrderTopic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** How many records the consumers put on the dead-letter topics: none is expected from well-formed orders. */
final class DeadLetters {

    private DeadLetters() {
    }

    static long count(String bootstrapServers) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> topics = Stream.of(OrderTopic.values()).map(OrderTopic::deadLetterTopic).toList();
            List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            return offsets(admin, partitions, OffsetSpec.latest()).entrySet().stream()
                    .mapToLong(latest -> latest.getValue() - earliest.get(latest.getKey()))
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the dead-letter topics' offsets", e.getCause());
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, ListOffsetsResultInfo> offsets = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> spec))).all().get();
        return offsets.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
