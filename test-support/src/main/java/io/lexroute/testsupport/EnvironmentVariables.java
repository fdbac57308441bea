package io.lexroute.testsupport;

import io.lexroute.localstack.DatabaseLogin;
import java.util.Map;
import java.util.Optional;

/** The variables that point the tests at infrastructure that is already running. */
final class EnvironmentVariables {

    static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String USERNAME = "QUARKUS_DATASOURCE_USERNAME";
    static final String PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";
    static final String OWNER_USERNAME = "QUARKUS_FLYWAY_USERNAME";
    static final String OWNER_PASSWORD = "QUARKUS_FLYWAY_PASSWORD";

    private EnvironmentVariables() {
    }

    static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    static boolean isSet(Map<String, String> environment, String name) {
        return value(environment, name).isPresent();
    }

    static String kafkaBootstrapServers(Map<String, String> environment) {
        return value(environment, KAFKA_BOOTSTRAP_SERVERS).orElseThrow();
    }

    /**
     * The datasource's login is the runtime one; the Flyway one, when given, the owner. With only the datasource's
     * given, that login is both, as it is for the services themselves.
     */
    static DatabaseEndpoint database(Map<String, String> environment) {
        DatabaseLogin runtime = new DatabaseLogin(
                value(environment, USERNAME).orElse(DatabaseEndpoint.DEFAULT_USERNAME),
                Optional.ofNullable(environment.get(PASSWORD)).orElse(""));
        DatabaseLogin owner = value(environment, OWNER_USERNAME)
                .map(username -> new DatabaseLogin(username,
                        Optional.ofNullable(environment.get(OWNER_PASSWORD)).orElse("")))
                .orElse(runtime);
        return new DatabaseEndpoint(value(environment, JDBC_URL).orElseThrow(), owner, runtime);
    }
}
