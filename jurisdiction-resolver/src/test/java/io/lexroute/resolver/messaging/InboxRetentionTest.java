package io.lexroute.resolver.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.outbox.InboxRetention;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The inbox forgets event ids older than its retention (14 days by default) and keeps the others. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class InboxRetentionTest {

    @Inject
    InboxRetention retention;

    @Inject
    DataSource dataSource;

    @Test
    void idsOlderThanTheRetentionAreDeletedAndYoungerOnesKept() throws SQLException {
        Instant now = Instant.now();
        List<String> old = List.of(consumed(now.minus(Duration.ofDays(15))), consumed(now.minus(Duration.ofDays(30))),
                consumed(now.minus(Duration.ofDays(400))));
        String young = consumed(now.minus(Duration.ofDays(13)));
        String today = consumed(now);

        assertThat(retention.prune(now)).isEqualTo(old.size());

        assertThat(remembered(old)).isEmpty();
        assertThat(remembered(List.of(young, today))).containsExactlyInAnyOrder(young, today);
    }

    private String consumed(Instant processedAt) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into inbox_event (event_id, topic, processed_at) values (?, 'order.received', ?)")) {
            insert.setString(1, eventId);
            insert.setTimestamp(2, Timestamp.from(processedAt));
            insert.executeUpdate();
        }
        return eventId;
    }

    private List<String> remembered(List<String> eventIds) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select event_id from inbox_event where event_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
