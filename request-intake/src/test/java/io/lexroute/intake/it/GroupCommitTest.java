package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.PORTAL_TENANT;
import static io.lexroute.intake.it.IntakeApi.eventually;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.intake.ValidOrders;
import io.lexroute.intake.service.SubmissionWriter;
import io.lexroute.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POSTs that arrive while an order is being stored are stored together in the next transaction. To make "together"
 * certain, a test transaction holds the writer up: it inserts, without committing, an order under the idempotency key
 * of the writer's current submission, so the writer's insert waits on that row while the next POSTs queue up.
 */
@QuarkusTest
class GroupCommitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    SubmissionWriter writer;

    private ExecutorService portals;

    @BeforeEach
    void startPortals() {
        portals = Executors.newFixedThreadPool(12);
    }

    @AfterEach
    void stopPortals() throws InterruptedException {
        portals.shutdownNow();
        portals.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void ordersThatArriveTogetherAreStoredInOneTransaction() throws Exception {
        Future<Response> heldUp;
        List<Future<Response>> together = new ArrayList<>();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            String heldKey = newKey();
            insertUncommittedOrder(blocker, heldKey);
            heldUp = post(heldKey);
            awaitWriterWaitingOnALock();
            for (int i = 0; i < 10; i++) {
                together.add(post(newKey()));
            }
            eventually(PATIENCE, () -> assertThat(writer.waitingCount()).isEqualTo(10));
            blocker.rollback();
        }

        assertThat(heldUp.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
        List<UUID> ids = acceptedIds(together);
        assertThat(transactionsThatStored(ids)).isEqualTo(1);
        assertPublished(ids);
    }

    @Test
    void aBatchThatFailsIsStoredAgainOneOrderAtATime() throws Exception {
        String clashingKey = newKey();
        Future<Response> clashing;
        List<Future<Response>> others = new ArrayList<>();
        try (Connection blocker = dataSource.getConnection(); Connection rival = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            rival.setAutoCommit(false);
            String heldKey = newKey();
            insertUncommittedOrder(blocker, heldKey);
            Future<Response> heldUp = post(heldKey);
            awaitWriterWaitingOnALock();
            // Another transaction stores the same tenant's key first; the writer's lookup cannot see it yet.
            insertUncommittedOrder(rival, clashingKey);
            clashing = post(clashingKey);
            for (int i = 0; i < 5; i++) {
                others.add(post(newKey()));
            }
            eventually(PATIENCE, () -> assertThat(writer.waitingCount()).isEqualTo(6));
            blocker.rollback();
            assertThat(heldUp.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
            awaitWriterWaitingOnALock();
            rival.commit();
        }

        try {
            // The batch's insert clashes with the rival's order: the batch is rolled back and stored order by order.
            assertThat(clashing.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(409);
            List<UUID> ids = acceptedIds(others);
            assertThat(transactionsThatStored(ids)).isEqualTo(5);
            assertPublished(ids);
        } finally {
            deleteOrder(clashingKey);
        }
    }

    private Future<Response> post(String idempotencyKey) {
        String body = ValidOrders.json(ValidOrders.node("BE-GROUP-" + UUID.randomUUID()));
        return portals.submit(() -> submit(idempotencyKey, body));
    }

    private static List<UUID> acceptedIds(List<Future<Response>> responses) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (Future<Response> response : responses) {
            Response answer = response.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(202);
            ids.add(UUID.fromString(answer.jsonPath().getString("id")));
        }
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    private static void assertPublished(List<UUID> ids) {
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            for (UUID id : ids) {
                kafka.awaitRecord("order.received", record -> id.toString().equals(record.key()), PATIENCE);
            }
        }
    }

    /** An order of the portal's tenant under {@code idempotencyKey}, inserted in the caller's open transaction. */
    private static void insertUncommittedOrder(Connection connection, String idempotencyKey) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into orders (id, external_reference, authority_country, authority_name, provider, status,
                    order_json, submitted_by, idempotency_key, body_sha256, received_at, updated_at)
                values (?, 'BE-RIVAL', 'BE', 'A rival transaction', 'skype', 'RECEIVED', '{}', ?, ?, ?, now(), now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, PORTAL_TENANT);
            insert.setString(3, idempotencyKey);
            insert.setString(4, "0".repeat(64));
            insert.executeUpdate();
        }
    }

    /** Waits until some statement waits for a row lock: the writer's insert, behind the uncommitted order. */
    private void awaitWriterWaitingOnALock() {
        eventually(PATIENCE, () -> assertThat(lockWaits()).isPositive());
    }

    /** How many transactions inserted these orders (PostgreSQL's xmin: the id of the transaction of each row). */
    private long transactionsThatStored(List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(distinct xmin::text) from orders where id = any(?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long lockWaits() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet waits = statement.executeQuery("""
                        select count(*) from pg_locks waiting join pg_stat_activity session using (pid)
                        where not waiting.granted and session.datname = current_database()""")) {
            return waits.next() ? waits.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteOrder(String idempotencyKey) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from orders where submitted_by = ? and idempotency_key = ?")) {
            delete.setString(1, PORTAL_TENANT);
            delete.setString(2, idempotencyKey);
            delete.executeUpdate();
        }
    }
}
