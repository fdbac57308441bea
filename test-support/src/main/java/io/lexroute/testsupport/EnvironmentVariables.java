package io.lexroute.testsupport;

import java.util.Map;
import java.util.Optional;

/** The variables that point the tests at infrastructure that is already running. */
final class EnvironmentVariables {

    static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String USERNAME = "QUARKUS_DATASOURCE_USERNAME";
    static final String PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";

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

    static DatabaseEndpoint database(Map<String, String> environment) {
        return new DatabaseEndpoint(
                value(environment, JDBC_URL).orElseThrow(),
                value(environment, USERNAME).orElse(DatabaseEndpoint.DEFAULT_USERNAME),
                Optional.ofNullable(environment.get(PASSWORD)).orElse(""));
    }
}
