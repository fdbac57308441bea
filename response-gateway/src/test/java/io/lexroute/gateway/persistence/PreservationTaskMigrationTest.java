package io.lexroute.gateway.persistence;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.outbox.EventJson;
import io.lexroute.testsupport.MigrationSchema;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V14 on the real PostgreSQL: a schema of the test's own is migrated to V13, given decisions as the gateway stored
 * them until then, and migrated on. Orders preserved before V14 must get the tasks that OutcomeFollowUps would have
 * opened for their latest revision, and only while the preservation lasts.
 */
class PreservationTaskMigrationTest {

    private static final Instant LATER = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS);
    private static final Instant EARLIER = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);

    private final MigrationSchema migrations = new MigrationSchema("gateway_v14");
    private final String schema = migrations.name();

    @AfterEach
    void dropSchema() throws SQLException {
        migrations.close();
    }

    @Test
    void eachPreservationStillRunningGetsAnOpenTaskForItsLatestRevision() throws SQLException {
        UUID preserved = UUID.randomUUID();
        // A second account that sorts before the first, and the first listed again: each once, as located.
        OrderLocated located = LocatedOrders.order(preserved).instrument(Instrument.EPOC_PR)
                .preserved(CONTENT, "IE", LATER).alsoStoredIn(CONTENT, "US").preserved(SUBSCRIBER, "IE", LATER)
                .alsoHeldFor("acct-0-second", CONTENT, "IE").alsoStoredIn(CONTENT, "IE").build();
        UUID expired = UUID.randomUUID();
        UUID released = UUID.randomUUID();
        migrations.migrateTo("13");
        try (Connection connection = migrations.connect()) {
            insertDecision(connection, preserved, 1, located, outcome(CONTENT, "IE", Outcome.PRESERVE, LATER),
                    outcome(CONTENT, "US", Outcome.PRESERVE, LATER),
                    outcome(SUBSCRIBER, "IE", Outcome.PRESERVE, LATER));
            // Revision 2 refused the subscriber data: only the latest revision counts.
            insertDecision(connection, preserved, 2, located, outcome(CONTENT, "IE", Outcome.PRESERVE, LATER),
                    outcome(CONTENT, "US", Outcome.PRESERVE, LATER), outcome(SUBSCRIBER, "IE", Outcome.REFUSE, null));
            insertDecision(connection, expired, 1,
                    LocatedOrders.order(expired).preserved(CONTENT, "IE", EARLIER).build(),
                    outcome(CONTENT, "IE", Outcome.PRESERVE, EARLIER));
            insertDecision(connection, released, 1,
                    LocatedOrders.order(released).released(CONTENT, "IE").build(),
                    outcome(CONTENT, "IE", Outcome.RELEASE, null));
        }

        migrations.migrateTo("latest");

        List<String> rows = new ArrayList<>();
        try (Connection connection = migrations.connect(); Statement statement = connection.createStatement();
                ResultSet tasks = statement.executeQuery("select order_id, provider, data_category, country, status,"
                        + " order_reference, scope::text, preserve_until, decision_revision from " + schema
                        + ".preservation_task order by country")) {
            while (tasks.next()) {
                OutcomeKey key = new OutcomeKey(CONTENT, tasks.getString("country"));
                assertThat(tasks.getObject("order_id")).isEqualTo(preserved);
                assertThat(tasks.getString("provider")).isEqualTo(located.order().provider());
                assertThat(tasks.getString("order_reference")).isEqualTo(located.order().externalReference());
                assertThat(tasks.getTimestamp("preserve_until").toInstant()).isEqualTo(LATER);
                assertThat(tasks.getInt("decision_revision")).isEqualTo(2);
                assertThat(ScopeJson.read(tasks.getString("scope"), "migrated task"))
                        .isEqualTo(TaskScope.of(located, key));
                rows.add(tasks.getString("data_category") + "/" + tasks.getString("country") + "/"
                        + tasks.getString("status"));
            }
        }
        assertThat(rows).containsExactly("CONTENT/IE/OPEN", "CONTENT/US/OPEN");
        assertThat(TaskScope.of(located, new OutcomeKey(CONTENT, "IE")).accountIds())
                .containsExactly("acct-" + preserved, "acct-0-second");
    }

    private static CategoryOutcome outcome(DataCategory category, String location, Outcome outcome,
            Instant expiresAt) {
        return new CategoryOutcome(category, location, outcome, List.of(LocatedOrders.PRESERVATION), expiresAt);
    }

    private void insertDecision(Connection connection, UUID orderId, int revision, OrderLocated located,
            CategoryOutcome... outcomes) throws SQLException {
        Decision decision = new Decision(List.of(outcomes), "test-rulebook", Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".decision (order_id,"
                + " revision, status, decision, located_event, source_event_id, decided_at, submitted_by)"
                + " values (?, ?, 'PRESERVED', ?::jsonb, ?::jsonb, ?, ?, ?)")) {
            insert.setObject(1, orderId);
            insert.setInt(2, revision);
            insert.setString(3, new String(EventJson.write(decision), StandardCharsets.UTF_8));
            insert.setString(4, new String(EventJson.write(located), StandardCharsets.UTF_8));
            insert.setString(5, "test-" + revision);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setString(7, LocatedOrders.SUBMITTED_BY);
            insert.executeUpdate();
        }
    }
}
