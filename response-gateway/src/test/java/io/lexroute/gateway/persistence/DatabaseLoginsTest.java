package io.lexroute.gateway.persistence;

import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.testsupport.DatabaseEndpoint;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's two database logins on the real PostgreSQL: Flyway's owns the schema; the connection pool's owns
 * nothing, may only read and append the audit log, and cannot alter a table or disable a trigger, so the audit log's
 * append-only guarantee does not rest on its triggers alone; it may read Flyway's history (a deployed service validates
 * its schema as this login) but not change it.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class DatabaseLoginsTest {

    private final Pipeline pipeline = new Pipeline();
    private final DatabaseEndpoint database = TestInfrastructure.obtain().database();

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    @BeforeEach
    void requireTwoLogins() {
        Assumptions.assumeTrue(database.separatesOwnerAndRuntime(),
                "the test database has one login for Flyway and the pool: there is no separation to check");
    }

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void thePoolRunsAsTheRuntimeLoginAndFlywaysLoginOwnsTheSchema() throws SQLException {
        String poolUser = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String flywayUser = ConfigProvider.getConfig().getValue("quarkus.flyway.username", String.class);
        assertThat(poolUser).isEqualTo(database.runtime().username()).isNotEqualTo(flywayUser);
        assertThat(flywayUser).isEqualTo(database.owner().username());

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select current_user, pg_get_userbyid(n.nspowner), pg_get_userbyid(c.relowner)
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'gateway' and c.relname = 'audit_log'""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).as("the pool's user").isEqualTo(poolUser);
            assertThat(row.getString(2)).as("the schema's owner").isEqualTo(flywayUser);
            assertThat(row.getString(3)).as("audit_log's owner").isEqualTo(flywayUser);
        }
    }

    @Test
    void theRuntimeLoginAppendsToTheAuditLogButCannotChangeItsRowsOrDisableItsTriggers() throws SQLException {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).released(SUBSCRIBER, "US").build());
        pipeline.awaitDecided(orderId, 1);
        List<Long> entries = auditEntriesOf(orderId);
        assertThat(entries).as("audit entries the service appended through its pool").isNotEmpty();

        long seq = entries.get(0);
        for (String statement : List.of(
                "update audit_log set details = '{\"changed\":true}' where seq = " + seq,
                "delete from audit_log where seq = " + seq,
                "truncate audit_log",
                "alter table audit_log disable trigger all",
                "alter table audit_log disable trigger audit_log_no_update_or_delete",
                "drop table audit_log",
                "truncate decision",
                "alter table decision add column smuggled text")) {
            assertRefusedForWantOfPrivilege(statement);
        }
        assertThat(auditEntriesOf(orderId)).isEqualTo(entries);
    }

    /**
     * A running service validates its schema against Flyway's history as the runtime login (it holds no other), so
     * kafka-outbox's callback lets that login read the history; it must not let it forge, change or remove a row.
     */
    @Test
    void theRuntimeLoginReadsFlywaysHistoryButCannotChangeIt() throws SQLException {
        List<String> versions = appliedVersions();
        assertThat(versions).as("versions read from flyway_schema_history through the pool").contains("1", "19");

        for (String statement : List.of(
                "insert into flyway_schema_history (installed_rank, version, description, type, script, installed_by,"
                        + " execution_time, success) values (10000, '999', 'forged', 'SQL', 'V999__forged.sql',"
                        + " current_user, 0, true)",
                "update flyway_schema_history set checksum = 0 where version = '1'",
                "delete from flyway_schema_history where version = '19'",
                "truncate flyway_schema_history",
                "alter table flyway_schema_history add column smuggled text",
                "drop table flyway_schema_history")) {
            assertRefusedForWantOfPrivilege(statement);
        }
        assertThat(appliedVersions()).isEqualTo(versions);
    }

    /**
     * The callbacks run after every migration, at each deployment's migration step: a second run must leave the
     * runtime login exactly its rows, the audit log's reading and appending, and the history's reading.
     */
    @Test
    void aSecondMigrationGrantsTheRuntimeLoginNothingMore() throws SQLException {
        flyway.migrate();

        for (String statement : List.of(
                "update audit_log set details = '{}'",
                "delete from audit_log",
                "update flyway_schema_history set checksum = 0 where version = '1'",
                "alter table decision add column smuggled text")) {
            assertRefusedForWantOfPrivilege(statement);
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select has_table_privilege('decision',"
                        + " 'select, insert, update, delete'), has_table_privilege('audit_log', 'select, insert'),"
                        + " has_table_privilege('flyway_schema_history', 'select')")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean(1)).as("the pool's rights on decision").isTrue();
            assertThat(row.getBoolean(2)).as("the pool's reading and appending of audit_log").isTrue();
            assertThat(row.getBoolean(3)).as("the pool's reading of flyway_schema_history").isTrue();
        }
    }

    /** {@code statement}, sent through the pool in a transaction that is rolled back after, is refused. */
    private void assertRefusedForWantOfPrivilege(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                // Refused by PostgreSQL's privileges before any trigger could run: "permission denied for table
                // audit_log", "must be owner of table audit_log".
                assertThatThrownBy(() -> sql.execute(statement))
                        .as(statement)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("permission denied", "must be owner"))
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            } finally {
                connection.rollback();
            }
        }
    }

    private List<String> appliedVersions() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(
                        "select version from flyway_schema_history where version is not null order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (row.next()) {
                versions.add(row.getString(1));
            }
            return versions;
        }
    }

    private List<Long> auditEntriesOf(UUID orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select seq from audit_log where order_id = ? order by seq")) {
            select.setObject(1, orderId);
            List<Long> seqs = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    seqs.add(row.getLong(1));
                }
            }
            return seqs;
        }
    }
}
