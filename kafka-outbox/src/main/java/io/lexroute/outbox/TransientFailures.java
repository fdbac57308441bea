package io.lexroute.outbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Tells a database failure worth retrying (the database is away, out of connections, or asked us to retry) from a
 * bug or bad data. Every service decides with these two rules: the inbox waits for what {@link #isTransient} accepts,
 * an API answers 503 with Retry-After to what {@link #isDatabaseUnavailable} accepts.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    /**
     * The database cannot serve now but may later: it cannot be reached, the connection pool gave no connection in
     * time, it has too many connections or a full disk, or it is shutting down.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        return anyWithin(failure, t -> t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof SQLException sql && (isUnavailableState(sql.getSQLState()) || isPoolTimeout(sql))
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException"));
    }

    /**
     * {@link #isDatabaseUnavailable}, or the transaction lost to another one (serialization failure, deadlock, a lock
     * not granted in time): running it again may succeed.
     */
    public static boolean isTransient(Throwable failure) {
        return isDatabaseUnavailable(failure)
                || anyWithin(failure, t -> t instanceof SQLException sql && isContentionState(sql.getSQLState()));
    }

    /**
     * Whether {@code failure}, one of its causes, or one of the exceptions suppressed by any of them matches. The
     * suppressed ones matter: when the COMMIT itself fails, Narayana throws a RollbackException (or a heuristic one)
     * that carries the driver's error, wrapped by Agroal in an XAException, as a suppressed exception, not as its
     * cause.
     */
    private static boolean anyWithin(Throwable failure, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (matches.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    // Agroal (3.0) has no exception type of its own: when no connection comes within the acquisition timeout it
    // throws a plain SQLException without SQLSTATE, "Sorry, acquisition timeout!" (waiting for a busy pool) or
    // "Acquisition timeout while waiting for new connection" (the database does not answer; cause TimeoutException),
    // and Hibernate wraps it in a GenericJDBCException. The cause is the sturdier sign, the text covers the first.
    private static boolean isPoolTimeout(SQLException sql) {
        return sql.getSQLState() == null && (sql.getCause() instanceof TimeoutException
                || String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout"));
    }

    // 08: connection exception; 53300: too many connections; 53100: disk full; 57P: operator intervention (shutdown,
    // crash). Not 57014 (query_canceled) nor the rest of class 53 (out of memory, a configuration limit): a
    // statement_timeout or a limit that one poll's work exceeds would exceed it again on every retry, so that poll is
    // split and its culprit dead-lettered instead of stopping the partition for good.
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("53300") || state.equals("53100")
                || state.startsWith("57P"));
    }

    // 40: transaction rollback (serialization failure, deadlock); 55P03: lock_not_available (lock_timeout, NOWAIT).
    private static boolean isContentionState(String state) {
        return state != null && (state.startsWith("40") || state.equals("55P03"));
    }
}
