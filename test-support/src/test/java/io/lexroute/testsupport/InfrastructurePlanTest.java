package io.lexroute.testsupport;

import static io.lexroute.testsupport.InfrastructureSource.ENVIRONMENT;
import static io.lexroute.testsupport.InfrastructureSource.LOCAL_STACK;
import static io.lexroute.testsupport.InfrastructureSource.TESTCONTAINERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.DatabaseLogin;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class InfrastructurePlanTest {

    private static final Map<String, String> BOTH_GIVEN = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
            "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/lexroute");
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier DOCKER = () -> true;

    @Test
    void environmentWinsAndDockerIsNotEvenAsked() {
        BooleanSupplier mustNotBeAsked = () -> {
            throw new AssertionError("Docker probed although the environment names everything");
        };

        InfrastructurePlan plan = InfrastructurePlan.decide(BOTH_GIVEN, mustNotBeAsked);

        assertThat(plan.kafka()).isEqualTo(ENVIRONMENT);
        assertThat(plan.database()).isEqualTo(ENVIRONMENT);
        assertThat(plan.describe()).contains("Kafka from the environment, PostgreSQL from the environment");
    }

    @Test
    void withoutEnvironmentDockerMeansTestcontainers() {
        InfrastructurePlan plan = InfrastructurePlan.decide(Map.of(), DOCKER);

        assertThat(plan.kafka()).isEqualTo(TESTCONTAINERS);
        assertThat(plan.database()).isEqualTo(TESTCONTAINERS);
        assertThat(plan.describe()).contains("a Docker engine answers");
    }

    @Test
    void withoutEnvironmentOrDockerTheLocalStackRunsEverything() {
        InfrastructurePlan plan = InfrastructurePlan.decide(Map.of(), NO_DOCKER);

        assertThat(plan.kafka()).isEqualTo(LOCAL_STACK);
        assertThat(plan.database()).isEqualTo(LOCAL_STACK);
        assertThat(plan.describe()).isEqualTo("Kafka from the local stack, PostgreSQL from the local stack "
                + "(neither KAFKA_BOOTSTRAP_SERVERS nor QUARKUS_DATASOURCE_JDBC_URL is set; no Docker engine answers)");
    }

    @Test
    void eachVariableCountsOnItsOwn() {
        InfrastructurePlan kafkaGiven = InfrastructurePlan.decide(Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092"), NO_DOCKER);
        InfrastructurePlan databaseGiven = InfrastructurePlan.decide(
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/lexroute"), DOCKER);

        assertThat(kafkaGiven.kafka()).isEqualTo(ENVIRONMENT);
        assertThat(kafkaGiven.database()).isEqualTo(LOCAL_STACK);
        assertThat(databaseGiven.kafka()).isEqualTo(TESTCONTAINERS);
        assertThat(databaseGiven.database()).isEqualTo(ENVIRONMENT);
    }

    @Test
    void blankVariablesCountAsUnset() {
        InfrastructurePlan plan = InfrastructurePlan.decide(
                Map.of("KAFKA_BOOTSTRAP_SERVERS", " ", "QUARKUS_DATASOURCE_JDBC_URL", ""), NO_DOCKER);

        assertThat(plan.kafka()).isEqualTo(LOCAL_STACK);
        assertThat(plan.database()).isEqualTo(LOCAL_STACK);
    }

    @Test
    void databaseCredentialsFromTheEnvironmentDefaultToPostgresWithoutPassword() {
        DatabaseLogin postgres = new DatabaseLogin("postgres", "");
        assertThat(EnvironmentVariables.database(BOTH_GIVEN))
                .isEqualTo(new DatabaseEndpoint("jdbc:postgresql://db:5432/lexroute", postgres, postgres));
    }

    @Test
    void oneLoginFromTheEnvironmentIsBothOwnerAndRuntime() {
        DatabaseEndpoint database = EnvironmentVariables.database(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/lexroute",
                "QUARKUS_DATASOURCE_USERNAME", "lexroute",
                "QUARKUS_DATASOURCE_PASSWORD", "secret"));

        DatabaseLogin lexroute = new DatabaseLogin("lexroute", "secret");
        assertThat(database).isEqualTo(new DatabaseEndpoint("jdbc:postgresql://db:5432/lexroute", lexroute, lexroute));
        assertThat(database.separatesOwnerAndRuntime()).isFalse();
    }

    @Test
    void theFlywayLoginFromTheEnvironmentIsTheOwner() {
        DatabaseEndpoint database = EnvironmentVariables.database(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/lexroute",
                "QUARKUS_DATASOURCE_USERNAME", "app",
                "QUARKUS_DATASOURCE_PASSWORD", "app-secret",
                "QUARKUS_FLYWAY_USERNAME", "owner",
                "QUARKUS_FLYWAY_PASSWORD", "owner-secret"));

        assertThat(database.owner()).isEqualTo(new DatabaseLogin("owner", "owner-secret"));
        assertThat(database.runtime()).isEqualTo(new DatabaseLogin("app", "app-secret"));
        assertThat(database.separatesOwnerAndRuntime()).isTrue();
    }
}
