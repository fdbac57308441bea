package io.lexroute.benchmark.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Samples, every second, how far each service's consumer group is behind the end of the topics it reads (committed
 * offsets; the services commit every few seconds, so a lag of a few seconds' worth of records is normal). The step
 * whose lag keeps growing under load is the one that limits the pipeline.
 */
public final class ConsumerLagSampler {

    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final long ADMIN_TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final Map<String, Long> maxLag = new TreeMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private ConsumerLagSampler(String bootstrapServers) {
        int timeoutMs = (int) TimeUnit.SECONDS.toMillis(ADMIN_TIMEOUT_SECONDS);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs));
        thread = new Thread(this::run, "consumer-lag-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static ConsumerLagSampler start(String bootstrapServers) {
        return new ConsumerLagSampler(bootstrapServers);
    }

    /** The largest lag seen per "group on topic", in records. */
    public Map<String, Long> stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(ADMIN_TIMEOUT_SECONDS * 3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
        synchronized (maxLag) {
            return new TreeMap<>(maxLag);
        }
    }

    private void run() {
        while (running) {
            try {
                sample();
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // A slow or failed sample is skipped; the next one tries again.
            }
        }
    }

    private void sample() throws Exception {
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            if (group.groupId().startsWith("benchmark-")) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                            committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Long> lagByTopic = new HashMap<>();
            committed.forEach((partition, offset) -> {
                if (offset != null && ends.containsKey(partition)) {
                    lagByTopic.merge(partition.topic(), Math.max(0, ends.get(partition).offset() - offset.offset()),
                            Long::sum);
                }
            });
            synchronized (maxLag) {
                lagByTopic.forEach((topic, lag) -> maxLag.merge(group.groupId() + " on " + topic, lag, Math::max));
            }
        }
    }
}
