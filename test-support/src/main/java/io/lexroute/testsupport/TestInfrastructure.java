package io.lexroute.testsupport;

import java.util.Map;
import java.util.Optional;

/** The running infrastructure a test JVM uses, as Quarkus configuration. */
public record TestInfrastructure(String kafkaBootstrapServers, DatabaseEndpoint database) {

    private static final String PREFIX = "lexroute.test-infrastructure.";
    private static final String KAFKA = PREFIX + "kafka-bootstrap-servers";
    private static final String JDBC_URL = PREFIX + "jdbc-url";
    private static final String USERNAME = PREFIX + "username";
    private static final String PASSWORD = PREFIX + "password";

    /**
     * The Kafka and PostgreSQL of this test JVM, chosen once: from the environment, else Testcontainers when a Docker
     * engine answers, else a local stack started for this JVM. For tests that run LexRoute outside Quarkus.
     */
    public static TestInfrastructure obtain() {
        return SharedInfrastructure.obtain();
    }

    Map<String, String> configOverrides() {
        return Map.of(
                "kafka.bootstrap.servers", kafkaBootstrapServers,
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    /**
     * Quarkus may load this library once per test profile, each time in a new class loader, so a static
     * field is not shared by the whole JVM. System properties are.
     */
    void publishToThisJvm() {
        System.setProperty(KAFKA, kafkaBootstrapServers);
        System.setProperty(JDBC_URL, database.jdbcUrl());
        System.setProperty(USERNAME, database.username());
        System.setProperty(PASSWORD, database.password());
    }

    static Optional<TestInfrastructure> publishedInThisJvm() {
        String kafka = System.getProperty(KAFKA);
        if (kafka == null) {
            return Optional.empty();
        }
        DatabaseEndpoint database = new DatabaseEndpoint(
                System.getProperty(JDBC_URL), System.getProperty(USERNAME), System.getProperty(PASSWORD));
        return Optional.of(new TestInfrastructure(kafka, database));
    }
}
