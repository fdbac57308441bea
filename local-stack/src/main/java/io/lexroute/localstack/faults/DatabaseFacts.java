package io.lexroute.localstack.faults;

import io.lexroute.localstack.demo.OrderClient;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the services' own databases hold about a run's orders: every order intake stored under the run's
 * Idempotency-Keys with its status, and how many first-revision decisions response-gateway stored per order.
 */
record DatabaseFacts(Map<String, IntakeOrder> intakeOrders, Map<String, Integer> firstDecisions) {

    DatabaseFacts {
        intakeOrders = Map.copyOf(intakeOrders);
        firstDecisions = Map.copyOf(firstDecisions);
    }

    static DatabaseFacts read(String jdbcUrl, String idempotencyKeyPrefix, Collection<String> orderIds)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            return new DatabaseFacts(intakeOrders(connection, idempotencyKeyPrefix),
                    firstDecisions(connection, orderIds));
        }
    }

    /** The order is decided as far as intake (and so the authority asking for it) is concerned. */
    boolean finalAtIntake(String orderId) {
        IntakeOrder order = intakeOrders.get(orderId);
        return order != null && order.decided();
    }

    int firstDecisionRows(String orderId) {
        return firstDecisions.getOrDefault(orderId, 0);
    }

    /** Orders intake stored under the run's keys without the submitter ever getting their 202. */
    long storedWithout(Set<String> acceptedIds) {
        return intakeOrders.keySet().stream().filter(id -> !acceptedIds.contains(id)).count();
    }

    private static Map<String, IntakeOrder> intakeOrders(Connection connection, String keyPrefix)
            throws SQLException {
        Map<String, IntakeOrder> orders = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id::text, status, decision_revision from intake.orders where idempotency_key like ?")) {
            query.setString(1, keyPrefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int revision = rows.getInt(3);
                    orders.put(rows.getString(1), new IntakeOrder(rows.getString(2), rows.wasNull() ? 0 : revision));
                }
            }
        }
        return orders;
    }

    private static Map<String, Integer> firstDecisions(Connection connection, Collection<String> orderIds)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        Array ids = connection.createArrayOf("text", orderIds.toArray());
        try (PreparedStatement query = connection.prepareStatement("select order_id::text, count(*)"
                + " from gateway.decision where revision = 1 and order_id::text = any(?) group by order_id")) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        } finally {
            ids.free();
        }
        return counts;
    }

    /** An order as intake stored it: its status and the decision revision it shows. */
    record IntakeOrder(String status, int decisionRevision) {
        boolean decided() {
            return OrderClient.DECIDED.contains(status) && decisionRevision >= 1;
        }
    }
}
