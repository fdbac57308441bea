package io.lexroute.locator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.locator.persistence.StoreUnavailableException;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two writes of one account (or addressee) at the same time, against the real database. The interleaving is forced:
 * a transaction of the test's own holds a lock that the first request needs once it is under way, the second request
 * is sent once PostgreSQL shows the first waiting, and the test lets them go once it shows both waiting.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class ConcurrentWritesTest {

    private static final String ACCOUNT = "/api/v1/providers/{provider}/accounts/{accountId}";
    private static final String ADDRESSEE = "/api/v1/providers/{provider}/addressee";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Each test works in a provider of its own so that the seeded catalog and other tests stay untouched. */
    private final String provider = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService requests = Executors.newFixedThreadPool(2);

    @Inject
    DataSource dataSource;

    @AfterEach
    void stopRequests() {
        requests.shutdownNow();
    }

    @Test
    void ofTwoPutsCreatingOneAccountTheFirstCreatesItAndTheSecondFindsItUnchanged() throws Exception {
        String body = account("acct", "user@example.com");
        try (Connection blocker = transaction()) {
            // The same account, not committed: the first PUT waits for it when it inserts the account.
            update(blocker, "insert into account (provider_id, account_id, created_at, updated_at) "
                    + "values (?, 'acct', now(), now())", provider);
            Future<Response> first = requests.submit(() -> putAccount("acct", body));
            awaitWaiting(1);
            Future<Response> second = requests.submit(() -> putAccount("acct", body));
            awaitWaiting(2);

            blocker.rollback();

            Response created = first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Response unchanged = second.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
            assertThat(unchanged.statusCode()).as(unchanged.asString()).isEqualTo(200);
            assertThat(unchanged.<String>path("updatedAt")).isEqualTo(created.path("updatedAt"));
        }
        assertThat(identifiersOf("acct")).containsExactly("user@example.com", "acct");
    }

    @Test
    void ofTwoPutsOfOneAccountWithDisjointIdentifiersTheLastWinsWhole() throws Exception {
        putAccount("acct", account("acct", "old@example.com")).then().statusCode(201);
        try (Connection blocker = transaction()) {
            // The account's identifier rows, locked: the first PUT waits for them when it deletes them.
            query(blocker, "select 1 from account_identifier where provider_id = ? and account_id = 'acct' "
                    + "for update", provider);
            Future<Response> first = requests.submit(() -> putAccount("acct", account("a-1", "a@example.com")));
            awaitWaiting(1);
            Future<Response> second = requests.submit(() -> putAccount("acct", account("b-1", "b@example.com")));
            awaitWaiting(2);

            blocker.commit();

            assertThat(first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(second.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // Not the two sets merged: the second PUT replaced what the first stored.
        assertThat(identifiersOf("acct")).containsExactly("b@example.com", "b-1");
    }

    @Test
    void twoNewAccountsClaimingTheSameIdentifiersInOppositeOrderGiveOneCreatedAndOneConflict() throws Exception {
        String left = """
                { "identifiers": [{ "type": "EMAIL", "value": "a@example.com" },
                                  { "type": "EMAIL", "value": "b@example.com" }], "locations": [] }""";
        String right = """
                { "identifiers": [{ "type": "EMAIL", "value": "b@example.com" },
                                  { "type": "EMAIL", "value": "a@example.com" }], "locations": [] }""";
        List<Response> answers;
        try (Connection blocker = transaction()) {
            // a@example.com, not committed, for a third account: each PUT waits for it when it inserts it.
            update(blocker, "insert into account (provider_id, account_id, created_at, updated_at) "
                    + "values (?, 'third', now(), now())", provider);
            update(blocker, "insert into account_identifier "
                    + "(provider_id, account_id, position, type, value, match_value) "
                    + "values (?, 'third', 0, 'EMAIL', 'a@example.com', 'a@example.com')", provider);
            Future<Response> first = requests.submit(() -> putAccount("left", left));
            awaitWaiting(1);
            Future<Response> second = requests.submit(() -> putAccount("right", right));
            awaitWaiting(2);

            blocker.rollback();

            answers = List.of(first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    second.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        }
        // Never a 500: both insert a@example.com first (identifiers go in sorted), so the second to get it finds it
        // taken. (Were they to deadlock, the write's one retry would answer the same: this shows the answer, not
        // the absence of a deadlock.)
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
        String winner = answers.get(0).statusCode() == 201 ? "left" : "right";
        String loser = winner.equals("left") ? "right" : "left";
        assertThat(identifiersOf(winner)).containsExactlyInAnyOrder("a@example.com", "b@example.com");
        As.provider(provider).when().get(ACCOUNT, provider, loser).then().statusCode(404);
    }

    @Test
    void aPutThatLosesADeadlockIsTriedAgain() throws Exception {
        putAccount("acct", account("acct", "old@example.com")).then().statusCode(201);
        Future<Response> put;
        try (Connection blocker = transaction()) {
            query(blocker, "select 1 from account_identifier where provider_id = ? and account_id = 'acct' "
                    + "for update", provider);
            put = requests.submit(() -> putAccount("acct", account("new", "new@example.com")));
            awaitWaiting(1);
            // The PUT holds the account's lock and waits for the rows; the blocker now asks for the account's lock:
            // a deadlock, which PostgreSQL breaks (after deadlock_timeout) by failing the PUT, the first to wait.
            Future<?> blockerLocks = requests.submit(() -> query(blocker,
                    "select pg_advisory_xact_lock(hashtext('data-locator.account'), hashtext(? || ' ' || 'acct'))",
                    provider));
            blockerLocks.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            // The PUT's second attempt waits for the account's lock, now the blocker's.
            awaitWaiting(1);

            blocker.commit();
        }
        Response replaced = put.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
        assertThat(identifiersOf("acct")).containsExactly("new@example.com", "new");
    }

    @Test
    void anAddresseePutWaitingForADeleteRecordsTheAddresseeAfresh() throws Exception {
        putAddressee("""
                { "kind": "DESIGNATED_ESTABLISHMENT", "country": "IE", "name": "Example Ireland Ltd" }""")
                .then().statusCode(201);
        try (Connection blocker = transaction()) {
            query(blocker, "select 1 from eu_addressee where provider_id = ? for update", provider);
            Future<Response> delete = requests.submit(
                    () -> As.provider(provider).when().delete(ADDRESSEE, provider));
            awaitWaiting(1);
            Future<Response> put = requests.submit(() -> putAddressee("""
                    { "kind": "LEGAL_REPRESENTATIVE", "country": "GR", "name": "Example Representation A.E." }"""));
            awaitWaiting(2);

            blocker.commit();

            Response deleted = delete.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Response created = put.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(204);
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        }
        assertThat(As.provider(provider).when().get(ADDRESSEE, provider).then().statusCode(200)
                .extract().<String>path("country")).isEqualTo("GR");
    }

    @Test
    void aWriteTheDatabaseCannotTakeIsA503WithRetryAfter() {
        jakarta.ws.rs.core.Response answer = new ProblemMappers().storeUnavailable(
                new StoreUnavailableException(new SQLTransientConnectionException("connection refused", "08001")));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) answer.getEntity()).type()).isEqualTo("urn:lexroute:problem:service-unavailable");
    }

    @Test
    void aReadTheDatabaseCannotServeIsA503AndAnythingElseUnexpectedA500Problem() {
        jakarta.ws.rs.core.Response unavailable = new ProblemMappers().unexpected(new IllegalStateException(
                "lookup failed", new SQLTransientConnectionException("connection refused", "08001")));
        jakarta.ws.rs.core.Response failed = new ProblemMappers().unexpected(new IllegalStateException("a bug"));

        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Problem) unavailable.getEntity()).type()).isEqualTo("urn:lexroute:problem:service-unavailable");
        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(failed.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) failed.getEntity()).detail()).doesNotContain("a bug");
    }

    private Response putAccount(String accountId, String body) {
        return As.provider(provider).contentType(ContentType.JSON).body(body)
                .when().put(ACCOUNT, provider, accountId);
    }

    private Response putAddressee(String body) {
        return As.provider(provider).contentType(ContentType.JSON).body(body).when().put(ADDRESSEE, provider);
    }

    private static String account(String accountId, String email) {
        return """
                { "identifiers": [{ "type": "EMAIL", "value": "%s" }, { "type": "ACCOUNT_ID", "value": "%s" }],
                  "locations": [{ "dataCategory": "CONTENT", "country": "IE", "site": "dublin-1",
                                  "custodian": "Example Ireland Ltd", "role": "PRIMARY" }] }"""
                .formatted(email, accountId);
    }

    private List<String> identifiersOf(String accountId) {
        return As.provider(provider).when().get(ACCOUNT, provider, accountId).then().statusCode(200)
                .extract().path("identifiers.value");
    }

    private Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Waits until {@code backends} sessions of this database (the test's requests) wait for a lock. */
    private void awaitWaiting(int backends) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            int waiting;
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement count = connection.prepareStatement("""
                            select count(*) from pg_locks join pg_stat_activity using (pid)
                            where not granted and datname = current_database()""");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                waiting = rows.getInt(1);
            }
            if (waiting >= backends) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(backends + " session(s) did not wait for a lock within " + TIMEOUT
                        + "; " + waiting + " did");
            }
            Thread.sleep(20);
        }
    }

    private static void update(Connection connection, String sql, String provider) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, provider);
            statement.executeUpdate();
        }
    }

    private static Void query(Connection connection, String sql, String provider) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, provider);
            statement.executeQuery().close();
        }
        return null;
    }
}
