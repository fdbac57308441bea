package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database failures the inbox waits out (and an API answers 503 to), and which are bugs or bad data. */
class TransientFailuresTest {

    @Test
    void aConnectionPoolThatGaveNoNewConnectionInTimeIsTransient() {
        // As Agroal 3.0 throws it when the database does not answer, and Hibernate wraps it.
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        RuntimeException failure = new IllegalStateException("commit failed",
                new GenericJDBCException("Unable to acquire JDBC Connection", agroal));

        assertThat(TransientFailures.isTransient(failure)).isTrue();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isTrue();
    }

    @Test
    void aBusyConnectionPoolIsTransient() {
        GenericJDBCException failure = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));

        assertThat(TransientFailures.isTransient(failure)).isTrue();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"53300", "53100", "57P01", "08006", "08001"})
    void aDatabaseOutOfConnectionsOrDiskOrShutDownIsUnavailable(String sqlState) {
        // Like PgJDBC's PSQLException: a plain SQLException with the server's SQLSTATE.
        GenericJDBCException failure = new GenericJDBCException("could not execute statement",
                new SQLException("FATAL: the server cannot serve this now", sqlState));

        assertThat(TransientFailures.isTransient(failure)).isTrue();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isTrue();
    }

    @Test
    void aCommitThatLostItsConnectionIsTransientThoughTheErrorIsOnlySuppressed() {
        // As a failed COMMIT reaches the caller: PgJDBC's error wrapped by Agroal in an XAException, which Narayana
        // attaches to its RollbackException as a suppressed exception, not as the cause; Quarkus wraps that.
        XAException xa = new XAException(XAException.XAER_RMFAIL);
        xa.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        RuntimeException failure = new QuarkusTransactionException(rollback);

        assertThat(TransientFailures.isTransient(failure)).isTrue();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isTrue();
    }

    @Test
    void aCommitRefusedForBadDataIsNotTransientWhereverItsErrorHangs() {
        XAException xa = new XAException(XAException.XA_RBINTEGRITY);
        xa.initCause(new SQLException("ERROR: insert or update violates foreign key constraint", "23503"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        xa.addSuppressed(rollback); // a cycle, which the search must not follow for ever

        assertThat(TransientFailures.isTransient(new QuarkusTransactionException(rollback))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "55P03"})
    void aTransactionThatLostToAnotherIsTransientButTheDatabaseIsThere(String sqlState) {
        LockTimeoutException failure = new LockTimeoutException("could not obtain lock",
                new SQLException("ERROR: could not obtain lock on row in relation \"orders\"", sqlState));

        assertThat(TransientFailures.isTransient(failure)).isTrue();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"57014", "53200", "53400"})
    void aStatementTimeoutOrALimitThatTheWorkExceedsIsNotTransient(String sqlState) {
        // A statement_timeout or a configured limit that one poll's work exceeds would fail every retry the same way.
        GenericJDBCException failure = new GenericJDBCException("could not execute statement",
                new SQLException("ERROR: canceling statement due to statement timeout", sqlState));

        assertThat(TransientFailures.isTransient(failure)).isFalse();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isFalse();
    }

    @Test
    void aConstraintViolationIsNotTransient() {
        ConstraintViolationException failure = new ConstraintViolationException("could not execute statement",
                new SQLException("ERROR: duplicate key value violates unique constraint \"inbox_event_pkey\"",
                        "23505"), "inbox_event_pkey");

        assertThat(TransientFailures.isTransient(failure)).isFalse();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isFalse();
    }

    @Test
    void anEventTooLargeForKafkaIsNotTransient() {
        // Refused by EventOutbox.append inside the inbox's transaction: its record is dead-lettered, not retried.
        EventTooLargeException failure = new EventTooLargeException("io.lexroute.order.located.v1",
                UUID.randomUUID(), 1_200_000, 1_000_000);

        assertThat(TransientFailures.isTransient(failure)).isFalse();
        assertThat(TransientFailures.isDatabaseUnavailable(failure)).isFalse();
    }

    @Test
    void otherFailuresAreNotTransient() {
        assertThat(TransientFailures.isTransient(new GenericJDBCException("could not execute statement",
                new SQLException("Interrupted while acquiring")))).isFalse();
        assertThat(TransientFailures.isTransient(new GenericJDBCException("could not execute statement",
                new SQLException("ERROR: column \"x\" does not exist", "42703")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no date",
                new TimeoutException()))).isFalse();
        assertThat(TransientFailures.isTransient(null)).isFalse();
    }
}
