package io.lexroute.benchmark.kafka;

import io.lexroute.outbox.OutboxEntry;
import io.lexroute.outbox.OutboxStatements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One relay hop's inbox and outbox in PostgreSQL: kafka-outbox's tables (its Flyway migration, read from the source
 * tree) and its statements ({@link OutboxStatements}), on a plain JDBC connection. A poll's event ids go into the
 * inbox and its records into the outbox in one transaction; the rows are then taken (deleted) in a second one, which
 * commits once Kafka has acknowledged them. What LexRoute's design costs a hop without the services: no business
 * tables, no Hibernate or Quarkus, no JSON, and the relay on the consumer's thread rather than a second thread woken
 * by the commit.
 */
final class HopOutbox implements AutoCloseable {

    /** kafka-outbox's migration, relative to the project directory. */
    private static final Path TABLES = Path.of("kafka-outbox/src/main/resources/db/outbox/V0_1__outbox_and_inbox.sql");
    /** kafka-outbox's default {@code lexroute.outbox.batch-size}. */
    private static final int TAKE_LIMIT = 500;

    private final Connection connection;

    private HopOutbox(Connection connection) {
        this.connection = connection;
    }

    /** Creates the schema {@code schema} with kafka-outbox's tables and connects to it, as the services connect. */
    static HopOutbox create(String jdbcUrl, Path projectDir, String schema) throws SQLException, IOException {
        String tables = Files.readString(projectDir.resolve(TABLES));
        Connection connection = DriverManager.getConnection(
                jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", "postgres", "");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create schema " + schema);
            ddl.execute("set search_path to " + schema);
            ddl.execute(tables);
        }
        connection.setAutoCommit(false);
        return new HopOutbox(connection);
    }

    /**
     * Records the poll's event ids (topic, partition and offset) and appends what the step produces for those not
     * seen before, {@code outputs} in the records' order; one commit.
     */
    void store(List<ConsumerRecord<String, byte[]>> records, List<OutboxEntry> outputs) throws SQLException {
        String[] ids = new String[records.size()];
        String[] topics = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            ids[i] = record.topic() + "-" + record.partition() + "-" + record.offset();
            topics[i] = record.topic();
        }
        try {
            Set<String> fresh = OutboxStatements.recordApplied(connection, ids, topics);
            List<OutboxEntry> appended = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                if (fresh.contains(ids[i])) {
                    appended.add(outputs.get(i));
                }
            }
            OutboxStatements.append(connection, appended);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Takes the waiting rows, hands them to {@code sender} and deletes them once it has returned. */
    int relay(EntrySender sender) throws Exception {
        try {
            List<OutboxEntry> taken = OutboxStatements.take(connection, TAKE_LIMIT);
            if (!taken.isEmpty()) {
                sender.sendAcknowledged(taken);
            }
            connection.commit();
            return taken.size();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }

    /** An outbox row for a record the hop produces: the step's real value, sent on with its real headers. */
    static OutboxEntry entry(String topic, String key, RecordSample output) {
        return new OutboxEntry(0, UUID.randomUUID(), topic, key, "io.lexroute.benchmark.relay.v1", "benchmark",
                Instant.now(), "", output.value());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Hands entries to Kafka and returns once every one of them was acknowledged. */
    @FunctionalInterface
    interface EntrySender {
        void sendAcknowledged(List<OutboxEntry> entries) throws Exception;
    }
}
