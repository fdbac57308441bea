package io.lexroute.localstack;

import io.lexroute.contracts.OrderTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics of the order flow, each with its dead-letter twin.
 */
public final class LexRouteTopics {

    public static final int PARTITIONS = 6;
    private static final short REPLICATION_FACTOR = 1;
    private static final Duration LEADER_POLL_INTERVAL = Duration.ofMillis(50);

    private LexRouteTopics() {
    }

    /**
     * A dead letter is the only copy left of an event that was never applied (its outbox row went once Kafka had it),
     * so the dead-letter twins keep their records until ops delete them, not for the broker's default seven days.
     */
    public static final Map<String, String> DEAD_LETTER_CONFIG = Map.of("retention.ms", "-1");

    public static List<String> all() {
        return Stream.of(OrderTopic.values())
                .flatMap(topic -> Stream.of(topic.topic(), topic.deadLetterTopic()))
                .toList();
    }

    /**
     * Creates every topic that does not exist yet (existing topics are left as they are) and returns once
     * each partition has a leader, so that the first record sent is accepted without a retry.
     */
    public static void createAll(String bootstrapServers, Duration timeout) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            List<NewTopic> topics = all().stream()
                    .map(name -> new NewTopic(name, PARTITIONS, REPLICATION_FACTOR).configs(configOf(name)))
                    .toList();
            admin.createTopics(topics).values().forEach((name, result) -> awaitCreated(name, result, timeout));
            awaitLeaders(admin, Instant.now().plus(timeout));
        }
    }

    static Map<String, String> configOf(String topic) {
        return topic.endsWith(".dlq") ? DEAD_LETTER_CONFIG : Map.of();
    }

    private static void awaitLeaders(Admin admin, Instant deadline) {
        while (!everyPartitionAnswers(admin)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The LexRoute topics still have partitions without a leader");
            }
            pause();
        }
    }

    /**
     * Asks each partition's leader for its latest offset. The metadata names a leader a moment before that
     * broker serves the partition, so a leader in the metadata alone does not yet mean a send succeeds.
     */
    private static boolean everyPartitionAnswers(Admin admin) {
        try {
            Map<TopicPartition, OffsetSpec> latestOffsets = admin.describeTopics(all()).allTopicNames().get()
                    .values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            admin.listOffsets(latestOffsets).all().get();
            return true;
        } catch (ExecutionException e) {
            // Right after creation a topic or its leader may not be known yet; ask again.
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topic leaders", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LEADER_POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topic leaders", e);
        }
    }

    private static void awaitCreated(String name, KafkaFuture<Void> result, Duration timeout) {
        try {
            result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + name, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + name + " was not created within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }
}
