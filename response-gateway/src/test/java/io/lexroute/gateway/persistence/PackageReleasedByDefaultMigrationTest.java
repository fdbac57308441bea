package io.lexroute.gateway.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.testsupport.MigrationSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V20 on the real PostgreSQL: a package written as a gateway before V18 wrote it (no released_at) counts as released,
 * so its download link works during a rolling upgrade; one written held (released_at null, as this version writes it)
 * stays held.
 */
class PackageReleasedByDefaultMigrationTest {

    private final MigrationSchema schema = new MigrationSchema("gateway_v20");

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    @Test
    void aPackageWrittenWithoutReleasedAtIsReleasedAndOneWrittenHeldStaysHeld() throws SQLException {
        schema.migrateTo("latest");
        UUID asBeforeV18 = UUID.randomUUID();
        UUID held = UUID.randomUUID();

        schema.execute("insert into %s.data_package (id, task_id, order_id, name, content_type, size_bytes, sha256,"
                + " storage_path, received_from, received_at) values ('" + asBeforeV18 + "', '" + task("UPLOADED")
                + "', '" + UUID.randomUUID() + "', 'mail.zip', 'application/zip', 10, '" + "a".repeat(64)
                + "', 'o/p', 'skype', now())");
        schema.execute("insert into %s.data_package (id, task_id, order_id, name, content_type, size_bytes, sha256,"
                + " storage_path, received_from, received_at, released_at) values ('" + held + "', '" + task("HELD")
                + "', '" + UUID.randomUUID() + "', 'mail.zip', 'application/zip', 10, '" + "b".repeat(64)
                + "', 'o/q', 'skype', now(), null)");

        assertThat(releasedAtIsSet(asBeforeV18)).isTrue();
        assertThat(releasedAtIsSet(held)).isFalse();
    }

    /** A release task in {@code status} for a package to belong to; its id. */
    private UUID task(String status) throws SQLException {
        UUID id = UUID.randomUUID();
        schema.execute("insert into %s.release_task (id, order_id, provider, data_category, country, status, scope,"
                + " decision_revision, created_at, updated_at, held_until) values ('" + id + "', '" + UUID.randomUUID()
                + "', 'skype', 'CONTENT', 'IE', '" + status + "', '{}'::jsonb, 1, now(), now(), "
                + ("HELD".equals(status) ? "now() + interval '10 days'" : "null") + ")");
        return id;
    }

    private boolean releasedAtIsSet(UUID packageId) throws SQLException {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select released_at from " + schema.name()
                        + ".data_package where id = '" + packageId + "'")) {
            assertThat(row.next()).isTrue();
            return row.getTimestamp("released_at") != null;
        }
    }
}
