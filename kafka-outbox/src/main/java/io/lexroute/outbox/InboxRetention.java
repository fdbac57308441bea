package io.lexroute.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Forgets the ids of events consumed longer ago than {@code lexroute.outbox.inbox-retention}: the inbox needs an id
 * only while Kafka could deliver its record again, and without this the table would grow by a row per consumed event
 * for ever. Deletes in chunks, oldest first, so that no transaction holds many rows.
 */
@ApplicationScoped
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class);
    private static final int CHUNK = 5_000;

    private final DataSource dataSource;
    private final OutboxConfig config;
    private volatile ScheduledExecutorService scheduler;

    public InboxRetention(DataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inbox-retention");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.inboxPruneInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pruneNow, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Deletes the ids of events processed before {@code now} minus the retention; returns how many. */
    public int prune(Instant now) throws SQLException {
        Timestamp cutoff = Timestamp.from(now.minus(config.inboxRetention()));
        int deleted = 0;
        int chunk;
        do {
            chunk = deleteChunk(cutoff);
            deleted += chunk;
        } while (chunk == CHUNK);
        return deleted;
    }

    private void pruneNow() {
        try {
            int deleted = prune(Instant.now());
            if (deleted > 0) {
                LOG.infof("Forgot %d consumed event id(s) older than %s", deleted, config.inboxRetention());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not prune the inbox, trying again in %s: %s", config.inboxPruneInterval(), e.toString());
        }
    }

    private int deleteChunk(Timestamp cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from inbox_event where event_id in (
                            select event_id from inbox_event where processed_at < ? order by processed_at limit ?)""")) {
            delete.setTimestamp(1, cutoff);
            delete.setInt(2, CHUNK);
            return delete.executeUpdate();
        }
    }
}
