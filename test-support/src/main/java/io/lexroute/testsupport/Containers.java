package io.lexroute.testsupport;

import io.lexroute.localstack.LexRouteDatabase;
import io.lexroute.localstack.LexRouteTopics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka and PostgreSQL in Docker containers, for machines that have a Docker engine. */
final class Containers {

    private static final Duration TOPIC_CREATION_TIMEOUT = Duration.ofSeconds(60);
    // The broker image follows the kafka-clients version that the Quarkus BOM gives us.
    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:" + AppInfoParser.getVersion());
    private static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:16-alpine");

    private Containers() {
    }

    static String startKafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(LexRouteTopics.PARTITIONS))
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        startAndStopOnExit(kafka);
        LexRouteTopics.createAll(kafka.getBootstrapServers(), TOPIC_CREATION_TIMEOUT);
        return kafka.getBootstrapServers();
    }

    /** With the owner and runtime logins of the local stack's PostgreSQL; the container's superuser only makes them. */
    static DatabaseEndpoint startPostgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(LexRouteDatabase.NAME)
                .withUsername(DatabaseEndpoint.DEFAULT_USERNAME)
                .withPassword("postgres");
        startAndStopOnExit(postgres);
        try (Connection superuser = DriverManager.getConnection(
                postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())) {
            LexRouteDatabase.createLogins(superuser);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database logins in the PostgreSQL container", e);
        }
        return DatabaseEndpoint.withLexRouteLogins(postgres.getJdbcUrl());
    }

    private static void startAndStopOnExit(GenericContainer<?> container) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-" + container.getDockerImageName()));
    }
}
