package io.lexroute.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderTopic;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./redrive-dead-letters.sh}: puts dead-lettered records back on the topic they came from, once the cause is
 * mended (a bug fixed, a database that hung). Each record goes back as it was consumed: key, value and every header
 * but the {@code dead-letter-*} ones, so the event keeps its CloudEvents id and a consumer that had applied it after
 * all skips it. The dead-letter topics are read up to where they ended when the run began; the consumer group
 * {@value #GROUP} remembers how far, so a record is put back by one run only. A run limited to one order, or a dry
 * run, moves nothing of that memory. A dead letter whose value Kafka found too large to keep
 * ({@code dead-letter-value-omitted}) is reported, not put back: the record it stands for is still on its topic.
 * Each record's line names the service and consumer group that refused it, where the dead letter says
 * ({@code dead-letter-service}, {@code dead-letter-consumer-group}).
 *
 * <p>A consumer skips an event it applied within the last 14 days (its inbox keeps ids that long); an event put back
 * by a {@code --order} run and again, more than 14 days later, by a full run is applied twice where the step has no
 * check of its own.
 */
public final class DeadLetterRedrive {

    static final String GROUP = "lexroute-dead-letter-redrive";
    /** Where a put-back record was read, as {@code <dead-letter topic>[<partition>]@<offset>}. */
    static final String REDRIVEN_FROM = "lexroute-redriven-from";

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: redrive-dead-letters.sh [options]",
            "  --bootstrap-servers H:P  Kafka (default 127.0.0.1:9092)",
            "  --topic NAME             a dead-letter topic such as order.located.dlq (repeatable; default: all)",
            "  --order ID               only that order's records; the group's offsets are not moved",
            "  --dry-run                list what would be put back, send nothing, move nothing",
            "  --timeout SECONDS        give up reading after this long (default 60)");

    private static final Duration POLL = Duration.ofMillis(200);

    private DeadLetterRedrive() {
    }

    record Options(String bootstrapServers, List<String> deadLetterTopics, Optional<String> orderId, boolean dryRun,
            Duration timeout) {

        static Options parse(String... args) {
            String bootstrapServers = "127.0.0.1:9092";
            List<String> topics = new ArrayList<>();
            String orderId = null;
            boolean dryRun = false;
            Duration timeout = Duration.ofSeconds(60);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap-servers" -> bootstrapServers = CommandLine.valueAfter(args, i++);
                    case "--topic" -> topics.add(deadLetterTopic(CommandLine.valueAfter(args, i++)));
                    case "--order" -> orderId = CommandLine.valueAfter(args, i++);
                    case "--dry-run" -> dryRun = true;
                    case "--timeout" -> timeout = Duration.ofSeconds(seconds(CommandLine.valueAfter(args, i++)));
                    default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
            List<String> chosen = topics.isEmpty()
                    ? Stream.of(OrderTopic.values()).map(OrderTopic::deadLetterTopic).toList()
                    : List.copyOf(topics);
            return new Options(bootstrapServers, chosen, Optional.ofNullable(orderId), dryRun, timeout);
        }

        private static String deadLetterTopic(String name) {
            if (Stream.of(OrderTopic.values()).noneMatch(topic -> topic.deadLetterTopic().equals(name))) {
                throw new IllegalArgumentException("Not a LexRoute dead-letter topic: " + name + " (one of "
                        + String.join(", ", Stream.of(OrderTopic.values()).map(OrderTopic::deadLetterTopic).toList())
                        + ")");
            }
            return name;
        }

        private static long seconds(String value) {
            try {
                long seconds = Long.parseLong(value);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new IllegalArgumentException("--timeout takes a positive number of seconds, not " + value);
        }

        /** Whether this run may remember how far it read: only a full, real run. */
        boolean commits() {
            return orderId.isEmpty() && !dryRun;
        }
    }

    /**
     * What a run did: per dead-letter topic, the records put back (or, in a dry run, that would be); those of other
     * orders left alone; those that cannot go back because their value was too large to keep (the original is still
     * on its topic, at the partition and offset the dead letter names, for as long as that topic keeps it).
     */
    record Result(Map<String, Integer> redrivenByTopic, int skipped, int withoutValue, boolean offsetsCommitted) {

        int redriven() {
            return redrivenByTopic.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static void main(String[] args) {
        Options options = CommandLine.parseOrExit(args, USAGE, Options::parse);
        Result result = CommandLine.startOrExit("Redrive failed", () -> redrive(options, System.out));
        System.out.printf("%s %d record(s)%s; %d of other orders left alone; %d without their value; offsets %s%n",
                options.dryRun() ? "Would put back" : "Put back", result.redriven(),
                result.redrivenByTopic().isEmpty() ? "" : " " + result.redrivenByTopic(), result.skipped(),
                result.withoutValue(), result.offsetsCommitted() ? "committed for group " + GROUP : "not moved");
    }

    static Result redrive(Options options, PrintStream out) throws InterruptedException, ExecutionException {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(options));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        producerConfig(options))) {
            List<TopicPartition> partitions = partitionsOf(consumer, options.deadLetterTopics());
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            startFromCommitted(consumer, partitions);

            Map<String, Integer> redriven = new LinkedHashMap<>();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            int skipped = 0;
            int withoutValue = 0;
            Instant deadline = Instant.now().plus(options.timeout());
            while (!readToEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The dead-letter topics were not read to their end within "
                            + options.timeout().toSeconds() + " s; nothing was committed");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    if (options.orderId().isPresent() && !options.orderId().get().equals(record.key())) {
                        skipped++;
                        continue;
                    }
                    if (header(record, "dead-letter-value-omitted").isPresent()) {
                        out.printf("cannot put back %s[%d]@%d key=%s: its value (%s bytes) was too large to keep;"
                                + " the original is at %s[%s]@%s%s%n", record.topic(), record.partition(),
                                record.offset(), record.key(), header(record, "dead-letter-value-size").orElse("?"),
                                header(record, "dead-letter-topic").orElse("?"),
                                header(record, "dead-letter-partition").orElse("?"),
                                header(record, "dead-letter-offset").orElse("?"), refusedBy(record));
                        withoutValue++;
                        continue;
                    }
                    ProducerRecord<String, byte[]> original = originalOf(record);
                    out.printf("%s %s[%d]@%d key=%s %s -> %s (was: %s)%s%n",
                            options.dryRun() ? "would put back" : "put back", record.topic(), record.partition(),
                            record.offset(), record.key(), header(record, "ce_type").orElse("(no ce_type)"),
                            original.topic(), header(record, "dead-letter-reason").orElse("(no reason given)"),
                            refusedBy(record));
                    if (!options.dryRun()) {
                        sends.add(producer.send(original));
                    }
                    redriven.merge(record.topic(), 1, Integer::sum);
                }
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            if (options.commits()) {
                Map<TopicPartition, OffsetAndMetadata> read = new HashMap<>();
                ends.forEach((partition, end) -> read.put(partition, new OffsetAndMetadata(end)));
                consumer.commitSync(read);
            }
            return new Result(redriven, skipped, withoutValue, options.commits());
        }
    }

    /** The record as its first consumer read it, addressed to the topic it was read from. */
    static ProducerRecord<String, byte[]> originalOf(ConsumerRecord<String, byte[]> deadLetter) {
        String topic = header(deadLetter, "dead-letter-topic").orElseGet(() -> topicOf(deadLetter.topic()));
        ProducerRecord<String, byte[]> original = new ProducerRecord<>(topic, deadLetter.key(), deadLetter.value());
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith("dead-letter-") && !header.key().equals(REDRIVEN_FROM)) {
                original.headers().add(header);
            }
        }
        original.headers().add(REDRIVEN_FROM, "%s[%d]@%d".formatted(deadLetter.topic(), deadLetter.partition(),
                deadLetter.offset()).getBytes(UTF_8));
        return original;
    }

    /**
     * Who could not apply the record, as its dead letter names them ({@code dead-letter-service},
     * {@code dead-letter-consumer-group}), e.g. {@code " [service response-gateway, consumer group response-gateway]"};
     * empty for a dead letter written before they were.
     */
    private static String refusedBy(ConsumerRecord<String, byte[]> deadLetter) {
        List<String> names = new ArrayList<>();
        header(deadLetter, "dead-letter-service").ifPresent(service -> names.add("service " + service));
        header(deadLetter, "dead-letter-consumer-group").ifPresent(group -> names.add("consumer group " + group));
        return names.isEmpty() ? "" : " [" + String.join(", ", names) + "]";
    }

    private static String topicOf(String deadLetterTopic) {
        return Stream.of(OrderTopic.values())
                .filter(topic -> topic.deadLetterTopic().equals(deadLetterTopic))
                .map(OrderTopic::topic)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a dead-letter topic: " + deadLetterTopic));
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("Topic " + topic + " does not exist on this broker");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private static void startFromCommitted(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        List<TopicPartition> fresh = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                fresh.add(partition);
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        if (!fresh.isEmpty()) {
            consumer.seekToBeginning(fresh); // an empty list would mean every assigned partition
        }
    }

    private static boolean readToEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), UTF_8));
    }

    private static Map<String, Object> consumerConfig(Options options) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) options.timeout().toMillis(),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A remembered position that ops have since deleted past starts at the oldest record left, not after
                // the newest: no dead letter is skipped unread.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    private static Map<String, Object> producerConfig(Options options) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, options.timeout().toMillis(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }
}
