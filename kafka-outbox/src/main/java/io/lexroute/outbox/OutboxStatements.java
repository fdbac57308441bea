package io.lexroute.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The statements of the inbox, the outbox and the relay, on a plain JDBC connection inside the caller's transaction
 * (tables from the Flyway location {@code db/outbox}, in the connection's schema). Public so that the benchmark can
 * measure these same statements without the services around them.
 */
public final class OutboxStatements {

    private OutboxStatements() {
    }

    /** Records the event ids (with the topic each came from) in one statement; returns those not recorded before. */
    public static Set<String> recordApplied(Connection connection, String[] eventIds, String[] topics)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into inbox_event (event_id, topic)
                select * from unnest(?, ?)
                on conflict do nothing
                returning event_id""")) {
            Array idArray = connection.createArrayOf("text", eventIds);
            Array topicArray = connection.createArrayOf("text", topics);
            insert.setArray(1, idArray);
            insert.setArray(2, topicArray);
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        }
    }

    /**
     * Appends the entries to the outbox as one JDBC batch, in their order (the driver may send it as one multi-row
     * insert, whose rows take their ids in that order too): the relay sends by id, so each order's events leave in
     * the order they were appended.
     */
    public static void append(Connection connection, List<OutboxEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event
                    (event_id, topic, record_key, event_type, source, occurred_at, traceparent, payload)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (OutboxEntry entry : entries) {
                insert.setObject(1, entry.eventId());
                insert.setString(2, entry.topic());
                insert.setString(3, entry.key());
                insert.setString(4, entry.eventType());
                insert.setString(5, entry.source());
                insert.setObject(6, entry.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(7, entry.traceparent());
                insert.setBytes(8, entry.payload());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Takes this instance's turn (a transaction-scoped advisory lock) and up to {@code limit} of the oldest rows, in
     * one statement: deleted in the caller's transaction, to be committed only once Kafka has acknowledged them.
     * Empty when another instance has the turn, or nothing waits. In id order, the order they were appended.
     */
    public static List<OutboxEntry> take(Connection connection, int limit) throws SQLException {
        List<OutboxEntry> batch = new ArrayList<>();
        try (PreparedStatement take = connection.prepareStatement("""
                with turn as (select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event')) as ours)
                delete from outbox_event
                where id in (select id from outbox_event where (select ours from turn) order by id limit ?)
                returning id, event_id, topic, record_key, event_type, source, occurred_at, traceparent, payload""")) {
            take.setInt(1, limit);
            try (ResultSet rows = take.executeQuery()) {
                while (rows.next()) {
                    batch.add(new OutboxEntry(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getString(8), rows.getBytes(9)));
                }
            }
        }
        // Returned in whatever order the delete met them.
        batch.sort(Comparator.comparingLong(OutboxEntry::id));
        return batch;
    }
}
