package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real stack in this JVM and talks to it like a service would. */
class LocalStackTest {

    @TempDir
    static Path workDir;

    private static LocalStack stack;
    private static ReadyLine ready;

    @BeforeAll
    static void startStack() {
        stack = new LocalStack();
        ready = stack.start(LocalStackOptions.defaults()
                .withKafkaPort(0)
                .withPostgresPort(0)
                .withWorkDir(workDir));
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void createsEveryOrderTopicAndItsDeadLetterTwinWithSixPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ready.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(LexRouteTopics.all()).allTopicNames().get();

            assertThat(topics).containsOnlyKeys(LexRouteTopics.all());
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));
        }
        assertThat(LexRouteTopics.all()).contains("order.received", "order.received.dlq", "order.closed.dlq");
    }

    @Test
    void deadLetterTwinsKeepTheirRecordsUntilDeletedAndTheOrderTopicsTheBrokersDefault() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ready.bootstrapServers()))) {
            List<ConfigResource> topics = LexRouteTopics.all().stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
                    .toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get();

            assertThat(configs).allSatisfy((topic, config) -> assertThat(config.get("retention.ms").value())
                    .as("retention of %s", topic.name())
                    .isEqualTo(topic.name().endsWith(".dlq") ? "-1" : "604800000"));
        }
    }

    @Test
    void recordProducedToTheBrokerCanBeConsumedBack() throws Exception {
        String value = "hello-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>("order.received", "order-1", value)).get();
        }

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of("order.received"));
            assertThat(pollFor(consumer, value, Duration.ofSeconds(30)))
                    .as("record read back from order.received")
                    .isNotNull()
                    .extracting(ConsumerRecord::key)
                    .isEqualTo("order-1");
        }
    }

    @Test
    void restartedBrokerKeepsItsPortAndEveryAcknowledgedRecord() throws Exception {
        String before = "before-restart-" + UUID.randomUUID();
        String after = "after-restart-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>("order.decided", "order-2", before)).get();
        }

        stack.restartKafka();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>("order.decided", "order-2", after)).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of("order.decided"));
            assertThat(pollValues(consumer, 2, Duration.ofSeconds(30))).containsExactly(before, after);
        }
    }

    @Test
    void theOwnerLoginOwnsTheDatabaseAndTheRuntimeLoginMayCreateNothingInIt() throws Exception {
        String jdbcUrl = ready.jdbcUrl().orElseThrow();
        try (Connection owner = DriverManager.getConnection(jdbcUrl, LexRouteDatabase.OWNER.username(),
                        LexRouteDatabase.OWNER.password());
                Statement statement = owner.createStatement()) {
            statement.execute("create schema owned_by_the_owner");
            statement.execute("create table owned_by_the_owner.t (id int)");
        }
        try (Connection runtime = DriverManager.getConnection(jdbcUrl, LexRouteDatabase.RUNTIME.username(),
                        LexRouteDatabase.RUNTIME.password());
                Statement statement = runtime.createStatement()) {
            for (String ddl : List.of("create schema runtime_schema", "create table public.runtime_table (id int)",
                    "drop table owned_by_the_owner.t")) {
                assertThatThrownBy(() -> statement.execute(ddl)).as(ddl).isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            }
        }
    }

    @Test
    void postgresAnswersOnTheLexrouteDatabase() throws Exception {
        String jdbcUrl = ready.jdbcUrl().orElseThrow();
        assertThat(jdbcUrl).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/lexroute");

        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aSecondStackOnTheSameWorkDirIsRefusedAndTheFirstKeepsItsData() throws Exception {
        Path kafkaMarker = Files.writeString(workDir.resolve("kafka").resolve("marker"), "the first stack's data");
        Path postgresMarker = Files.writeString(workDir.resolve("postgres").resolve("marker"), "the first stack's data");

        try (LocalStack second = new LocalStack()) {
            assertThatThrownBy(() -> second.start(LocalStackOptions.defaults()
                    .withKafkaPort(0)
                    .withPostgresPort(0)
                    .withWorkDir(workDir)))
                    .hasMessageStartingWith("LexRoute's local stack is already running in " + workDir.toRealPath()
                            + " (pid " + ProcessHandle.current().pid() + "); stop it first");
        }

        assertThat(kafkaMarker).exists();
        assertThat(postgresMarker).exists();
        // Without it the first stack's PostgreSQL would shut itself down.
        assertThat(workDir.resolve("postgres").resolve("postmaster.pid")).exists();
        postgresAnswersOnTheLexrouteDatabase();
        recordProducedToTheBrokerCanBeConsumedBack();
    }

    @Test
    void aTakenPortIsNamedBeforeAnythingIsWiped(@TempDir Path otherDir) throws Exception {
        Path marker = Files.writeString(Files.createDirectories(otherDir.resolve("kafka")).resolve("marker"), "data");

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                LocalStack stack = new LocalStack()) {
            assertThatThrownBy(() -> stack.start(LocalStackOptions.defaults()
                    .withKafkaPort(taken.getLocalPort())
                    .withPostgresPort(0)
                    .withWorkDir(otherDir)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Port " + taken.getLocalPort() + " cannot be used")
                    .hasMessageEndingWith("choose another port with --kafka-port");
        }

        assertThat(marker).exists();
    }

    @Test
    void readyLineNamesBothAddresses() {
        assertThat(ready.format())
                .matches("LOCAL-STACK READY kafka=127\\.0\\.0\\.1:\\d+ jdbc=jdbc:postgresql://127\\.0\\.0\\.1:\\d+/lexroute");
    }

    private static ConsumerRecord<String, String> pollFor(
            KafkaConsumer<String, String> consumer, String value, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (value.equals(record.value())) {
                    return record;
                }
            }
        }
        return null;
    }

    private static List<String> pollValues(KafkaConsumer<String, String> consumer, int count, Duration timeout) {
        List<String> values = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (values.size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
        return values;
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ready.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ready.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }
}
