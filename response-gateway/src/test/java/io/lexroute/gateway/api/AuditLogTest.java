package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.gateway.AuditLog;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.AuditChain;
import io.lexroute.gateway.domain.AuditEntry;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.DatabaseEndpoint;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log on real Kafka and PostgreSQL: real actions append chained entries, and the verification endpoint
 * reports exactly the entry that is changed or removed behind the gateway's back.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class AuditLogTest {

    private static final String VERIFICATION = "/api/v1/audit/verification";
    private static final String ORDER_AUDIT = "/api/v1/orders/{orderId}/audit";

    private final Pipeline pipeline = new Pipeline();

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog auditLog;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void decisionsPackagesDownloadsAndReviewsAreChainedAndTamperingIsReported() throws SQLException {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US").inReview(CONTENT, "IE");
        String packageId = ProviderTasks.uploadCsvOnceDecided(pipeline, order, "SUBSCRIBER", new byte[] {1, 2, 3, 4});
        As.submitter().when().get("/api/v1/orders/{orderId}/packages/{packageId}", orderId, packageId)
                .then().statusCode(200);
        As.reviewer().contentType(ContentType.JSON)
                .body("{\"dataCategory\": \"CONTENT\", \"location\": \"IE\", \"outcome\": \"REFUSE\", "
                        + "\"reason\": \"Disclosure would breach the law of the State of storage.\"}")
                .when().post("/api/v1/reviews/{orderId}/decision", orderId)
                .then().statusCode(200).body("revision", equalTo(2));

        List<AuditEntry> entries = rowsOf(orderId);
        assertThat(As.operator().when().get(ORDER_AUDIT, orderId).then().statusCode(200).extract().jsonPath()
                .getList("hash")).isEqualTo(entries.stream().map(AuditEntry::hash).toList());
        String provider = "provider " + order.provider();
        String reviewer = "legal-reviewer " + As.REVIEWER;
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("DECISION_REVISED", AuditLog.SYSTEM),
                tuple("PACKAGE_ACCEPTED", provider),
                tuple("PACKAGE_DOWNLOADED", "authority " + LocatedOrders.SUBMITTED_BY),
                tuple("REVIEW_DECIDED", reviewer),
                tuple("DECISION_REVISED", reviewer),
                tuple("ORDER_CLOSED", reviewer));
        assertThat(entries).allSatisfy(entry -> assertThat(AuditChain.hashOf(entry)).isEqualTo(entry.hash()));
        assertThat(entries).extracting(AuditEntry::seq).isSorted().doesNotHaveDuplicates();
        assertThat(entries.get(0).details()).contains("\"revision\":1").contains("\"status\":\"IN_LEGAL_REVIEW\"");
        assertThat(entries.get(1).details()).contains(packageId).contains("\"size\":4");
        assertThat(entries.get(3).details()).contains("\"outcome\":\"REFUSE\"").contains(As.REVIEWER);
        assertThat(entries.get(5).details()).contains("\"status\":\"DELIVERED\"");
        As.reviewer().when().get(ORDER_AUDIT, orderId).then().statusCode(200);
        As.operator().when().get(ORDER_AUDIT, UUID.randomUUID()).then().statusCode(404);

        JsonPath intact = verification();
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getLong("entries")).isGreaterThanOrEqualTo(entries.size());
        assertThat(intact.getLong("lastSeq")).isGreaterThanOrEqualTo(entries.get(5).seq());
        assertThat(intact.getString("firstProblem")).isNull();

        AuditEntry accepted = entries.get(1);
        update(accepted.seq(), accepted.details().replace("\"size\":4", "\"size\":5"));
        try {
            JsonPath altered = verification();
            assertThat(altered.getBoolean("intact")).isFalse();
            assertThat(altered.getLong("firstProblem.seq")).isEqualTo(accepted.seq());
            assertThat(altered.getString("firstProblem.kind")).isEqualTo("ALTERED");
        } finally {
            update(accepted.seq(), accepted.details());
        }
        assertThat(verification().getBoolean("intact")).isTrue();

        AuditEntry decided = entries.get(0);
        delete(decided.seq());
        try {
            JsonPath missing = verification();
            assertThat(missing.getBoolean("intact")).isFalse();
            assertThat(missing.getLong("firstProblem.seq")).isEqualTo(decided.seq());
            assertThat(missing.getString("firstProblem.kind")).isEqualTo("MISSING");
            assertThat(missing.getString("firstProblem.detail")).contains("Entry " + decided.seq() + " is missing");
        } finally {
            insert(decided);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void entriesOfOneTransactionChainOnEachOtherAndARolledBackEntryLeavesNoTrace() throws SQLException {
        UUID orderId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            auditLog.append("test", AuditAction.DECISION_REVISED, orderId, Map.of("step", 1));
            auditLog.append("test", AuditAction.ORDER_CLOSED, orderId, Map.of("step", 2));
        });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            auditLog.append("test", AuditAction.DECISION_REVISED, orderId, Map.of("step", 3));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        QuarkusTransaction.requiringNew().run(
                () -> auditLog.append("test", AuditAction.DECISION_REVISED, orderId, Map.of("step", 4)));

        List<AuditEntry> entries = rowsOf(orderId);
        assertThat(entries).extracting(AuditEntry::details)
                .containsExactly("{\"step\":1}", "{\"step\":2}", "{\"step\":4}");
        assertThat(entries.get(1).seq()).isEqualTo(entries.get(0).seq() + 1);
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
        // The rolled-back entry's seq and hash must not be what the next transaction chains to.
        JsonPath chain = verification();
        assertThat(chain.getString("firstProblem")).isNull();
        assertThat(chain.getBoolean("intact")).isTrue();
    }

    /**
     * The pool's login is refused by its privileges (DatabaseLoginsTest), or by the triggers where it is the owner; the
     * owner, who may disable them, is refused by the triggers while they are on.
     */
    @Test
    void neitherTheServiceNorTheTablesOwnerCanRewriteOrRemoveEntriesWhileTheTriggersAreOn() throws SQLException {
        AuditEntry entry = new AuditEntry(Long.MAX_VALUE, Instant.now().truncatedTo(ChronoUnit.MICROS), "test",
                "APPEND_ONLY_PROBE", null, "{}", "f".repeat(64), "e".repeat(64));
        for (String statement : List.of(
                "update audit_log set details = '{\"changed\":true}' where seq = " + entry.seq(),
                "delete from audit_log where seq = " + entry.seq(),
                "truncate audit_log")) {
            // One transaction per attempt, rolled back whatever happens: the probe entry never stays.
            try (Connection connection = dataSource.getConnection()) {
                assertRefused(connection, entry, statement, "");
            }
            try (Connection connection = ownerConnection()) {
                assertRefused(connection, entry, statement, "audit_log is append-only");
            }
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    private static void assertRefused(Connection connection, AuditEntry probe, String statement, String message)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            insert(connection, probe);
            assertThatThrownBy(() -> sql.execute(statement))
                    .as(statement)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining(message)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
        } finally {
            connection.rollback();
        }
    }

    /** A connection as the login Flyway migrates with, the owner of the gateway's tables. */
    private static Connection ownerConnection() throws SQLException {
        DatabaseEndpoint database = TestInfrastructure.obtain().database();
        Connection connection = database.connect(database.owner());
        connection.setSchema("gateway");
        return connection;
    }

    private static JsonPath verification() {
        return As.operator().when().get(VERIFICATION).then().statusCode(200).extract().jsonPath();
    }

    /** The order's rows exactly as stored, so that what the test changes it can put back byte for byte. */
    private List<AuditEntry> rowsOf(UUID orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select seq, at, actor, action, order_id, details, prev_hash, hash from audit_log
                        where order_id = ? order by seq""")) {
            select.setObject(1, orderId);
            List<AuditEntry> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new AuditEntry(row.getLong("seq"), row.getObject("at", OffsetDateTime.class).toInstant(),
                            row.getString("actor"), row.getString("action"), row.getObject("order_id", UUID.class),
                            row.getString("details"), row.getString("prev_hash"), row.getString("hash")));
                }
            }
            return rows;
        }
    }

    private void update(long seq, String details) throws SQLException {
        asTableOwner(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_log set details = ? where seq = ?")) {
                update.setString(1, details);
                update.setLong(2, seq);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        });
    }

    private void delete(long seq) throws SQLException {
        asTableOwner(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from audit_log where seq = ?")) {
                delete.setLong(1, seq);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
        });
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Tampers as only the table's owner can: with the append-only triggers disabled for one transaction. */
    private void asTableOwner(SqlWork work) throws SQLException {
        try (Connection connection = ownerConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
            work.run(connection);
            statement.execute("alter table audit_log enable trigger audit_log_no_update_or_delete");
            connection.commit();
        }
    }

    private void insert(AuditEntry entry) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, entry);
        }
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_log (seq, at, actor, action, order_id, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, entry.seq());
            insert.setObject(2, entry.at().atOffset(ZoneOffset.UTC));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setObject(5, entry.orderId());
            insert.setString(6, entry.details());
            insert.setString(7, entry.prevHash());
            insert.setString(8, entry.hash());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
