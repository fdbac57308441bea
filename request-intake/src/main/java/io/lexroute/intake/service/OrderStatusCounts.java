package io.lexroute.intake.service;

import io.lexroute.contracts.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Orders per status, counted in the database at most once per {@link #MAX_AGE} however often Prometheus scrapes.
 * When the database cannot be reached the last counts stay.
 */
@ApplicationScoped
public class OrderStatusCounts {

    private static final Logger LOG = Logger.getLogger(OrderStatusCounts.class);
    private static final Duration MAX_AGE = Duration.ofSeconds(3);

    private final DataSource dataSource;
    private Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
    private long countedAtNanos;
    private boolean counted;

    public OrderStatusCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public synchronized double count(OrderStatus status) {
        if (!counted || System.nanoTime() - countedAtNanos > MAX_AGE.toNanos()) {
            refresh();
        }
        return counts.getOrDefault(status, 0L);
    }

    private void refresh() {
        Map<OrderStatus, Long> fresh = new EnumMap<>(OrderStatus.class);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select status, count(*) from orders group by status")) {
            while (rows.next()) {
                fresh.put(OrderStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
            counts = fresh;
        } catch (SQLException | IllegalArgumentException e) {
            LOG.debugf("Could not count orders by status, keeping the last counts: %s", e.getMessage());
        }
        // Also after a failure: a database that is away is not asked again on every scrape.
        countedAtNanos = System.nanoTime();
        counted = true;
    }
}
