package io.lexroute.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dead letters put back on a real broker; each test uses a dead-letter topic of its own. */
class DeadLetterRedriveTest {

    /** Who refused the dead letters of these tests, as {@code DeadLetters} names them. */
    private static final String SERVICE = "request-intake";
    private static final String CONSUMER_GROUP = "request-intake-progress";

    @TempDir
    static Path workDir;

    private static LocalStack stack;
    private static String bootstrapServers;

    @BeforeAll
    static void startKafka() {
        stack = new LocalStack();
        bootstrapServers = stack.start(LocalStackOptions.defaults()
                .withKafkaPort(0)
                .withStartPostgres(false)
                .withWorkDir(workDir)).bootstrapServers();
    }

    @AfterAll
    static void stopKafka() {
        stack.close();
    }

    @Test
    void putsEachDeadLetterBackAsItWasConsumedAndOnlyOnce() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        RecordMetadata firstDeadLetter = deadLetter("order.located", first, "event-" + first);
        deadLetter("order.located", second, "event-" + second);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DeadLetterRedrive.Result result = DeadLetterRedrive.redrive(
                DeadLetterRedrive.Options.parse("--bootstrap-servers", bootstrapServers, "--topic",
                        "order.located.dlq"),
                new PrintStream(printed, true, UTF_8));

        assertThat(result.redrivenByTopic()).containsExactly(Map.entry("order.located.dlq", 2));
        assertThat(printed.toString(UTF_8)).contains("put back order.located.dlq[%d]@%d key=%s"
                .formatted(firstDeadLetter.partition(), firstDeadLetter.offset(), first),
                "(was: handler failed) [service " + SERVICE + ", consumer group " + CONSUMER_GROUP + "]");
        assertThat(result.offsetsCommitted()).isTrue();
        List<ConsumerRecord<String, byte[]>> back = readAll("order.located");
        assertThat(back).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(first, second);
        ConsumerRecord<String, byte[]> firstBack = back.stream().filter(r -> r.key().equals(first)).findFirst()
                .orElseThrow();
        assertThat(new String(firstBack.value(), UTF_8)).isEqualTo("{\"orderId\":\"" + first + "\"}");
        assertThat(header(firstBack, "ce_id")).contains("event-" + first);
        assertThat(header(firstBack, "ce_type")).contains("io.lexroute.order.located.v1");
        assertThat(header(firstBack, "traceparent")).isPresent();
        assertThat(firstBack.headers()).extracting(Header::key).noneMatch(key -> key.startsWith("dead-letter-"));
        assertThat(header(firstBack, "dead-letter-service")).isEmpty();
        assertThat(header(firstBack, "dead-letter-consumer-group")).isEmpty();
        assertThat(header(firstBack, DeadLetterRedrive.REDRIVEN_FROM)).contains("order.located.dlq[%d]@%d"
                .formatted(firstDeadLetter.partition(), firstDeadLetter.offset()));

        DeadLetterRedrive.Result again = redrive("--topic", "order.located.dlq");

        assertThat(again.redriven()).as("a second run finds nothing new").isZero();
        String third = UUID.randomUUID().toString();
        deadLetter("order.located", third, "event-" + third);
        assertThat(redrive("--topic", "order.located.dlq").redrivenByTopic())
                .as("only what was dead-lettered since")
                .containsExactly(Map.entry("order.located.dlq", 1));
    }

    @Test
    void oneOrdersRunPutsBackOnlyItsRecordsAndRemembersNothing() throws Exception {
        String wanted = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        deadLetter("order.decided", wanted, "event-" + wanted);
        deadLetter("order.decided", other, "event-" + other);

        DeadLetterRedrive.Result result = redrive("--topic", "order.decided.dlq", "--order", wanted);

        assertThat(result.redriven()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.offsetsCommitted()).isFalse();
        assertThat(readAll("order.decided")).extracting(ConsumerRecord::key).containsExactly(wanted);
        assertThat(redrive("--topic", "order.decided.dlq").redriven())
                .as("a full run afterwards still finds both")
                .isEqualTo(2);
    }

    @Test
    void dryRunSendsNothingAndRemembersNothing() throws Exception {
        String order = UUID.randomUUID().toString();
        deadLetter("order.assessed", order, "event-" + order);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DeadLetterRedrive.Result result = DeadLetterRedrive.redrive(
                DeadLetterRedrive.Options.parse("--bootstrap-servers", bootstrapServers, "--topic",
                        "order.assessed.dlq", "--dry-run"),
                new PrintStream(printed, true, UTF_8));

        assertThat(result.redriven()).isEqualTo(1);
        assertThat(result.offsetsCommitted()).isFalse();
        assertThat(printed.toString(UTF_8)).contains("would put back order.assessed.dlq", "key=" + order,
                "-> order.assessed", "(was: handler failed) [service " + SERVICE + ", consumer group "
                        + CONSUMER_GROUP + "]");
        assertThat(readAll("order.assessed")).isEmpty();
        assertThat(redrive("--topic", "order.assessed.dlq").redriven()).isEqualTo(1);
        assertThat(readAll("order.assessed")).extracting(ConsumerRecord::key).containsExactly(order);
    }

    @Test
    void aDeadLetterKeptWithoutItsValueIsReportedNotPutBack() throws Exception {
        String order = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> reduced = new ProducerRecord<>("order.closed.dlq", order, null);
        reduced.headers()
                .add("ce_id", ("event-" + order).getBytes(UTF_8))
                .add("dead-letter-reason", "handler failed".getBytes(UTF_8))
                .add("dead-letter-topic", "order.closed".getBytes(UTF_8))
                .add("dead-letter-partition", "3".getBytes(UTF_8))
                .add("dead-letter-offset", "41".getBytes(UTF_8))
                .add("dead-letter-value-omitted", "true".getBytes(UTF_8))
                .add("dead-letter-value-size", "1048400".getBytes(UTF_8))
                .add("dead-letter-consumer-group", CONSUMER_GROUP.getBytes(UTF_8));
        send(reduced);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DeadLetterRedrive.Result result = DeadLetterRedrive.redrive(
                DeadLetterRedrive.Options.parse("--bootstrap-servers", bootstrapServers, "--topic", "order.closed.dlq"),
                new PrintStream(printed, true, UTF_8));

        assertThat(result.redriven()).isZero();
        assertThat(result.withoutValue()).isEqualTo(1);
        assertThat(printed.toString(UTF_8)).contains("cannot put back order.closed.dlq", "key=" + order,
                "(1048400 bytes)", "the original is at order.closed[3]@41 [consumer group " + CONSUMER_GROUP + "]");
        assertThat(readAll("order.closed")).isEmpty();
    }

    @Test
    void refusesATopicThatIsNotADeadLetterTopicAndABadTimeout() {
        assertThatThrownBy(() -> DeadLetterRedrive.Options.parse("--topic", "order.located"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a LexRoute dead-letter topic: order.located");
        assertThatThrownBy(() -> DeadLetterRedrive.Options.parse("--timeout", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive number of seconds");
        assertThat(DeadLetterRedrive.Options.parse().deadLetterTopics()).containsExactlyInAnyOrder(
                LexRouteTopics.all().stream().filter(topic -> topic.endsWith(".dlq")).toArray(String[]::new));
    }

    private static DeadLetterRedrive.Result redrive(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--bootstrap-servers", bootstrapServers));
        all.addAll(List.of(args));
        return DeadLetterRedrive.redrive(DeadLetterRedrive.Options.parse(all.toArray(String[]::new)),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
    }

    /**
     * A record as {@code DeadLetters} writes it: the consumed record's key, value and headers, why, and who refused it.
     */
    private static RecordMetadata deadLetter(String topic, String orderId, String eventId) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic + ".dlq", orderId,
                ("{\"orderId\":\"" + orderId + "\"}").getBytes(UTF_8));
        record.headers()
                .add("ce_id", eventId.getBytes(UTF_8))
                .add("ce_type", ("io.lexroute." + topic + ".v1").getBytes(UTF_8))
                .add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(UTF_8))
                .add("dead-letter-reason", "handler failed".getBytes(UTF_8))
                .add("dead-letter-topic", topic.getBytes(UTF_8))
                .add("dead-letter-partition", "0".getBytes(UTF_8))
                .add("dead-letter-offset", "7".getBytes(UTF_8))
                .add("dead-letter-service", SERVICE.getBytes(UTF_8))
                .add("dead-letter-consumer-group", CONSUMER_GROUP.getBytes(UTF_8));
        return send(record);
    }

    private static RecordMetadata send(ProducerRecord<String, byte[]> record) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            return producer.send(record).get();
        }
    }

    /**
     * Everything on {@code topic} up to the end it has now: the redrive has had its records acknowledged before this
     * is called, so nothing of it can come later.
     */
    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end offsets " + ends);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), UTF_8));
    }
}
