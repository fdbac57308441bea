package io.lexroute.testsupport;

import static io.lexroute.testsupport.EnvironmentVariables.JDBC_URL;
import static io.lexroute.testsupport.EnvironmentVariables.KAFKA_BOOTSTRAP_SERVERS;
import static io.lexroute.testsupport.InfrastructureSource.ENVIRONMENT;
import static io.lexroute.testsupport.InfrastructureSource.LOCAL_STACK;
import static io.lexroute.testsupport.InfrastructureSource.TESTCONTAINERS;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which source supplies Kafka and which supplies PostgreSQL, and why. Each comes from the environment when
 * its variable is set; whatever is left comes from Testcontainers when a Docker engine answers, else from
 * the local stack.
 */
record InfrastructurePlan(InfrastructureSource kafka, InfrastructureSource database, String reason) {

    static InfrastructurePlan decide(Map<String, String> environment, BooleanSupplier dockerAnswers) {
        boolean kafkaGiven = EnvironmentVariables.isSet(environment, KAFKA_BOOTSTRAP_SERVERS);
        boolean databaseGiven = EnvironmentVariables.isSet(environment, JDBC_URL);
        if (kafkaGiven && databaseGiven) {
            return new InfrastructurePlan(ENVIRONMENT, ENVIRONMENT,
                    KAFKA_BOOTSTRAP_SERVERS + " and " + JDBC_URL + " are set");
        }
        boolean docker = dockerAnswers.getAsBoolean();
        InfrastructureSource started = docker ? TESTCONTAINERS : LOCAL_STACK;
        String reason = notSet(kafkaGiven, databaseGiven) + "; " + (docker
                ? "a Docker engine answers"
                : "no Docker engine answers");
        return new InfrastructurePlan(
                kafkaGiven ? ENVIRONMENT : started,
                databaseGiven ? ENVIRONMENT : started,
                reason);
    }

    boolean uses(InfrastructureSource source) {
        return kafka == source || database == source;
    }

    String describe() {
        return "Kafka from " + kafka.label() + ", PostgreSQL from " + database.label() + " (" + reason + ")";
    }

    private static String notSet(boolean kafkaGiven, boolean databaseGiven) {
        if (kafkaGiven) {
            return KAFKA_BOOTSTRAP_SERVERS + " is set, " + JDBC_URL + " is not";
        }
        if (databaseGiven) {
            return JDBC_URL + " is set, " + KAFKA_BOOTSTRAP_SERVERS + " is not";
        }
        return "neither " + KAFKA_BOOTSTRAP_SERVERS + " nor " + JDBC_URL + " is set";
    }
}
