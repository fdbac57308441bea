package io.lexroute.testsupport;

import static io.lexroute.testsupport.InfrastructureSource.LOCAL_STACK;
import static io.lexroute.testsupport.InfrastructureSource.TESTCONTAINERS;

import io.lexroute.localstack.LocalStackProcess;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;

/**
 * Provides the infrastructure once per test JVM; every test class after the first reuses it.
 * What this JVM started is stopped by shutdown hooks when the JVM ends.
 */
final class SharedInfrastructure {

    private static final System.Logger LOG = System.getLogger(LocalInfrastructureResource.class.getName());
    private static final Duration DOCKER_PROBE_TIMEOUT = Duration.ofSeconds(10);

    private SharedInfrastructure() {
    }

    static synchronized TestInfrastructure obtain() {
        return TestInfrastructure.publishedInThisJvm().orElseGet(SharedInfrastructure::provision);
    }

    private static TestInfrastructure provision() {
        Map<String, String> environment = System.getenv();
        InfrastructurePlan plan = InfrastructurePlan.decide(
                environment, () -> DockerProbe.engineAnswers(DOCKER_PROBE_TIMEOUT));
        LOG.log(Level.INFO, "LexRoute test infrastructure: " + plan.describe());
        TestInfrastructure infrastructure = start(plan, environment);
        infrastructure.publishToThisJvm();
        return infrastructure;
    }

    private static TestInfrastructure start(InfrastructurePlan plan, Map<String, String> environment) {
        if (plan.uses(LOCAL_STACK)) {
            // The stack always runs a broker; it just goes unused when the environment names another one.
            LocalStackProcess stack = LocalStackProcess.start(plan.database() == LOCAL_STACK);
            return new TestInfrastructure(
                    plan.kafka() == LOCAL_STACK
                            ? stack.bootstrapServers()
                            : EnvironmentVariables.kafkaBootstrapServers(environment),
                    plan.database() == LOCAL_STACK
                            ? DatabaseEndpoint.withLexRouteLogins(stack.jdbcUrl().orElseThrow())
                            : EnvironmentVariables.database(environment));
        }
        return new TestInfrastructure(
                plan.kafka() == TESTCONTAINERS
                        ? Containers.startKafka()
                        : EnvironmentVariables.kafkaBootstrapServers(environment),
                plan.database() == TESTCONTAINERS
                        ? Containers.startPostgres()
                        : EnvironmentVariables.database(environment));
    }
}
