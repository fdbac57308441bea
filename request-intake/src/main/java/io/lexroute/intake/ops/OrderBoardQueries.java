package io.lexroute.intake.ops;

import io.lexroute.contracts.OrderStatus;
import io.lexroute.intake.ops.OpsBoard.BoardOrder;
import io.lexroute.intake.ops.OpsBoard.Orders;
import io.lexroute.intake.ops.OpsBoard.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ops board's questions to the order read-model, answered from one snapshot (a read-only repeatable-read
 * transaction) so that the counts and the lists agree. The counts are not those of OrderStatusCounts: that one is
 * built for metric scrapes and may be a few seconds old, or older while the database is away.
 */
@ApplicationScoped
public class OrderBoardQueries {

    /** Orders shown per list; the list's total counts the rest. */
    public static final int LIST_LIMIT = 50;

    /** What the order lists show. */
    public record OrderBoard(List<Stage> stages, Orders overdue, Orders inLegalReview, Orders onHold) {
    }

    private static final String COUNTS = "select status, count(*) from orders group by status";

    private static final String COLUMNS = """
            id, external_reference, status, provider, authority_country, received_at, updated_at, closed_at,
            (assessment_json ->> 'answerDeadline')::timestamptz as answer_deadline, count(*) over () as total""";

    /**
     * Past the assessment's answer deadline and not answered: neither in an answering status ({@link BoardPhase})
     * nor closed (order.closed says nothing more will happen). The status condition can use the status index.
     */
    private static final String OVERDUE = "select " + COLUMNS + """
             from orders
            where status = any (?) and closed_at is null
              and (assessment_json ->> 'answerDeadline')::timestamptz < ?
            order by answer_deadline, id
            limit ?""";

    private static final String IN_STATUS = "select " + COLUMNS + """
             from orders
            where status = ?
            order by updated_at, id
            limit ?""";

    private final DataSource dataSource;

    public OrderBoardQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public OrderBoard read(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                OrderBoard board = new OrderBoard(stages(connection), overdue(connection, now),
                        inStatus(connection, OrderStatus.IN_LEGAL_REVIEW, now),
                        inStatus(connection, OrderStatus.ON_HOLD, now));
                connection.commit();
                return board;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the order read-model for the ops board", e);
        }
    }

    /** Every status with its count, in the order of {@link OrderStatus}. */
    private static List<Stage> stages(Connection connection) throws SQLException {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        try (PreparedStatement query = connection.prepareStatement(COUNTS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(OrderStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return Arrays.stream(OrderStatus.values())
                .map(status -> new Stage(status, BoardPhase.of(status), counts.getOrDefault(status, 0L)))
                .toList();
    }

    private static Orders overdue(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OVERDUE)) {
            String[] unanswered = BoardPhase.unanswered().stream().map(Enum::name).toArray(String[]::new);
            query.setArray(1, connection.createArrayOf("varchar", unanswered));
            query.setTimestamp(2, Timestamp.from(now));
            query.setInt(3, LIST_LIMIT);
            return read(query, now);
        }
    }

    /** The orders in {@code status}, those that have waited longest first. */
    private static Orders inStatus(Connection connection, OrderStatus status, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(IN_STATUS)) {
            query.setString(1, status.name());
            query.setInt(2, LIST_LIMIT);
            return read(query, now);
        }
    }

    private static Orders read(PreparedStatement query, Instant now) throws SQLException {
        List<BoardOrder> orders = new ArrayList<>();
        long total = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                total = rows.getLong("total");
                OrderStatus status = OrderStatus.valueOf(rows.getString("status"));
                Instant receivedAt = instant(rows, "received_at");
                Instant deadline = instant(rows, "answer_deadline");
                orders.add(new BoardOrder(rows.getObject("id", UUID.class), rows.getString("external_reference"),
                        status, rows.getString("provider"), rows.getString("authority_country"), receivedAt,
                        instant(rows, "updated_at"), deadline, Duration.between(receivedAt, now).toSeconds(),
                        isOverdue(status, deadline, rows.getTimestamp("closed_at") != null, now)));
            }
        }
        return new Orders(total, orders);
    }

    private static boolean isOverdue(OrderStatus status, Instant deadline, boolean closed, Instant now) {
        return deadline != null && deadline.isBefore(now) && !closed && BoardPhase.of(status) != BoardPhase.ANSWERED;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
