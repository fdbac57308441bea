package io.lexroute.gateway.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.testsupport.MigrationSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V16 on the real PostgreSQL: a task stored before it keeps its period, and the checks keep a task's end, its
 * extension and its confirmation for production consistent, whoever writes the row.
 */
class PreservationPeriodMigrationTest {

    /** PostgreSQL's SQLSTATE for a violated check constraint. */
    private static final String CHECK_VIOLATION = "23514";

    private final MigrationSchema schema = new MigrationSchema("gateway_v16");
    private final UUID taskId = UUID.randomUUID();

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    @Test
    void aTaskStoredBeforeKeepsItsPeriodAndTheChecksKeepItsEndConsistent() throws SQLException {
        schema.migrateTo("15");
        schema.execute("insert into %s.preservation_task (id, order_id, provider, data_category, country, status,"
                + " scope, preserve_until, decision_revision, created_at, updated_at) values ('" + taskId + "', '"
                + UUID.randomUUID() + "', 'skype', 'CONTENT', 'IE', 'OPEN', '{}'::jsonb,"
                + " now() + interval '60 days', 1, now(), now())");

        schema.migrateTo("latest");

        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
                ResultSet task = statement.executeQuery("select status, preserve_until, ended_at, extended_at,"
                        + " production_request_confirmed_at from " + schema.name() + ".preservation_task")) {
            assertThat(task.next()).isTrue();
            assertThat(task.getString("status")).isEqualTo("OPEN");
            assertThat(task.getTimestamp("preserve_until")).isNotNull();
            assertThat(task.getTimestamp("ended_at")).isNull();
            assertThat(task.getTimestamp("extended_at")).isNull();
            assertThat(task.getTimestamp("production_request_confirmed_at")).isNull();
        }
        refused("update %s.preservation_task set status = 'ENDED'");
        refused("update %s.preservation_task set ended_at = now(), end_reason = 'WITHDRAWN'");
        refused("update %s.preservation_task set status = 'ENDED', ended_at = now()");
        refused("update %s.preservation_task set status = 'ENDED', ended_at = now(), end_reason = 'EXPIRED'");
        refused("update %s.preservation_task set preserve_until = null");
        refused("update %s.preservation_task set extended_at = now()");
        refused("update %s.preservation_task set production_request_reference = 'PR-1'");

        schema.execute("update %s.preservation_task set extended_at = now(), extended_by = 'authority de-test',"
                + " preserve_until = preserve_until + interval '30 days'");
        schema.execute("update %s.preservation_task set preserve_until = null, production_request_confirmed_at = now(),"
                + " production_request_confirmed_by = 'authority de-test', production_request_reference = 'PR-1'");
        schema.execute("update %s.preservation_task set status = 'ENDED', ended_at = now(), end_reason = 'WITHDRAWN'");
    }


    private void refused(String sql) {
        assertThatThrownBy(() -> schema.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo(CHECK_VIOLATION));
    }
}
