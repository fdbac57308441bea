package io.lexroute.testsupport;

import io.lexroute.localstack.DatabaseLogin;
import java.util.Map;
import java.util.Optional;

/** The running infrastructure a test JVM uses, as Quarkus configuration. */
public record TestInfrastructure(String kafkaBootstrapServers, DatabaseEndpoint database) {

    private static final String PREFIX = "lexroute.test-infrastructure.";
    private static final String KAFKA = PREFIX + "kafka-bootstrap-servers";
    private static final String JDBC_URL = PREFIX + "jdbc-url";
    private static final String OWNER_USERNAME = PREFIX + "owner-username";
    private static final String OWNER_PASSWORD = PREFIX + "owner-password";
    private static final String RUNTIME_USERNAME = PREFIX + "runtime-username";
    private static final String RUNTIME_PASSWORD = PREFIX + "runtime-password";

    /**
     * The Kafka and PostgreSQL of this test JVM, chosen once: from the environment, else Testcontainers when a Docker
     * engine answers, else a local stack started for this JVM. For tests that run LexRoute outside Quarkus.
     */
    public static TestInfrastructure obtain() {
        return SharedInfrastructure.obtain();
    }

    /** The service migrates as the owner login (Flyway) and runs its connection pool as the runtime one. */
    Map<String, String> configOverrides() {
        return Map.of(
                "kafka.bootstrap.servers", kafkaBootstrapServers,
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.runtime().username(),
                "quarkus.datasource.password", database.runtime().password(),
                "quarkus.flyway.username", database.owner().username(),
                "quarkus.flyway.password", database.owner().password());
    }

    /**
     * Quarkus may load this library once per test profile, each time in a new class loader, so a static
     * field is not shared by the whole JVM. System properties are.
     */
    void publishToThisJvm() {
        System.setProperty(KAFKA, kafkaBootstrapServers);
        System.setProperty(JDBC_URL, database.jdbcUrl());
        System.setProperty(OWNER_USERNAME, database.owner().username());
        System.setProperty(OWNER_PASSWORD, database.owner().password());
        System.setProperty(RUNTIME_USERNAME, database.runtime().username());
        System.setProperty(RUNTIME_PASSWORD, database.runtime().password());
    }

    static Optional<TestInfrastructure> publishedInThisJvm() {
        String kafka = System.getProperty(KAFKA);
        if (kafka == null) {
            return Optional.empty();
        }
        DatabaseEndpoint database = new DatabaseEndpoint(System.getProperty(JDBC_URL),
                new DatabaseLogin(System.getProperty(OWNER_USERNAME), System.getProperty(OWNER_PASSWORD)),
                new DatabaseLogin(System.getProperty(RUNTIME_USERNAME), System.getProperty(RUNTIME_PASSWORD)));
        return Optional.of(new TestInfrastructure(kafka, database));
    }
}
