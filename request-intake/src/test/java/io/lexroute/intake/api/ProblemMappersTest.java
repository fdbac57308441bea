package io.lexroute.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer to a failure no other mapper knows, without Quarkus: 503 when the database is away, else 500. */
class ProblemMappersTest {

    private static final Request POST = requestOf("POST");

    private final ProblemMappers mappers = new ProblemMappers();

    private static Request requestOf(String method) {
        return OneMethodStub.of(Request.class, "getMethod", method);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsA503WithRetryAfter() {
        // What Agroal 3.0 throws when no new connection comes within the acquisition timeout, as Hibernate wraps it.
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());

        Response response = mappers.unexpected(
                new GenericJDBCException("Unable to acquire JDBC Connection", agroal), null, POST);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(Problems.SERVICE_UNAVAILABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sorry, acquisition timeout!", "Acquisition timeout on health check"})
    void aConnectionPoolWithoutAFreeConnectionIsA503(String message) {
        Response response = mappers.unexpected(
                new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException(message)), null, POST);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    }

    @Test
    void aDatabaseOutOfConnectionsIsA503() {
        Response response = mappers.unexpected(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("FATAL: sorry, too many clients already", "53300")), null, POST);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void onlyASubmissionIsToldHowToRetrySafely() {
        GenericJDBCException down = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));

        Problem submission = (Problem) mappers.unexpected(down, null, POST).getEntity();
        Problem read = (Problem) mappers.unexpected(down, null, requestOf("GET")).getEntity();

        assertThat(submission.detail()).contains("may not have been stored", "same Idempotency-Key");
        assertThat(read.detail()).doesNotContain("Idempotency-Key").contains("unavailable");
    }

    @Test
    void aBugIsA500() {
        Response response = mappers.unexpected(new GenericJDBCException("could not execute statement",
                new SQLException("ERROR: column \"x\" does not exist", "42703")), null, POST);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isNull();
    }
}
