package io.lexroute.outbox;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * JDBC statements on the connection of the caller's transaction, for the queries a service runs for every poll or
 * order. Hibernate's native queries cost far more than the statement: they resolve their result mapping on every
 * call, and their plans, keyed by the SQL's hash with result builders that never compare equal, pile up in one bucket
 * of the query plan cache (up to its 2,048 entries), which each call then walks (15 % of response-gateway's CPU at 10
 * orders/s, see benchmark/README.md).
 *
 * <p>Unlike a native query, a statement run here does not flush the session first: run it before changing entities
 * that it reads, or on tables the session's entities do not map. It counts in Hibernate's statistics (when they are
 * on) like Hibernate's own statements, so tests that count the statements of a poll still see it.
 */
public final class PlainSql {

    private PlainSql() {
    }

    /** A PostgreSQL array parameter: {@code elementType} as in {@code Connection.createArrayOf}, e.g. "uuid". */
    public record SqlArray(String elementType, Object[] elements) {
    }

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public static SqlArray array(String elementType, Collection<?> elements) {
        return new SqlArray(elementType, elements.toArray());
    }

    public static SqlArray array(String elementType, Object[] elements) {
        return new SqlArray(elementType, elements);
    }

    /** Runs the query and reads each row with {@code reader}. */
    public static <T> List<T> list(EntityManager entityManager, String sql, RowReader<T> reader,
            Object... parameters) {
        SessionImplementor session = counted(entityManager);
        long start = System.nanoTime();
        List<T> read = session.doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(reader.read(rows));
                }
                return values;
            }
        });
        StatisticsImplementor statistics = session.getFactory().getStatistics();
        if (statistics.isStatisticsEnabled()) {
            statistics.queryExecuted(sql, read.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return read;
    }

    /** Runs a statement for what it does, such as taking advisory locks, and drops whatever rows it returns. */
    public static void run(EntityManager entityManager, String sql, Object... parameters) {
        counted(entityManager).doWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.execute();
            }
        });
    }

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    public static int update(EntityManager entityManager, String sql, Object... parameters) {
        return counted(entityManager).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** The caller's session, with the statement about to be prepared counted in its statistics. */
    private static SessionImplementor counted(EntityManager entityManager) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        StatisticsImplementor statistics = session.getFactory().getStatistics();
        if (statistics.isStatisticsEnabled()) {
            statistics.prepareStatement();
        }
        return session;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(connection, statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value instanceof SqlArray array) {
            statement.setArray(index, connection.createArrayOf(array.elementType(), array.elements()));
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }
}
