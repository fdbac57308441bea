package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.ServiceProcess;
import io.lexroute.testsupport.DatabaseEndpoint;
import io.lexroute.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A service stopped (SIGTERM) while it applies a poll leaves that poll unacknowledged: it neither dead-letters the
 * records nor commits their offsets, and applies them after its restart.
 *
 * <p>To stop request-intake in the middle of a poll every time, the test holds a lock on its inbox table, so that the
 * poll's transaction waits on it when the stop comes. The stop then waits for the poll (some seconds) before it closes
 * the consumer, the connection pool and the beans, and any of these may fail the poll; the test fails it first, as
 * soon as the service says that it is stopping, by cancelling the waiting statement: a failure the service would
 * dead-letter if it were not stopping.
 */
class GracefulStopEndToEndTest {

    private static final List<OrderTopic> INTAKE_TOPICS = List.of(OrderTopic.ASSESSED, OrderTopic.LOCATED,
            OrderTopic.DECIDED, OrderTopic.CLOSED, OrderTopic.PACKAGE_RECEIVED, OrderTopic.DEADLINE_PASSED);
    /**
     * Time for the stop after the poll failed: the Kafka connector still waits for unprocessed records (a few seconds)
     * before it closes, and a busy 2-core machine is slow.
     */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** What a service logs when the stop begins while it applies a poll. */
    private static final String STOPPING_WHILE_APPLYING = "Stopping while applying 1 poll(s)";

    @Test
    void aServiceStoppedWhileApplyingAPollAppliesItAfterItsRestartAndDeadLettersNothing() throws Exception {
        LexRouteUnderTest lexRoute = LexRouteUnderTest.get();
        DatabaseEndpoint database = TestInfrastructure.obtain().database();
        ExampleCase skype = ExampleCase.load("be-skype-2017");
        lexRoute.client.putCatalog(skype);
        // The failure guarded against was a dead letter sent while the service stopped, with the dead-letter producer
        // it had made for an earlier one (it is made on first use), as a busy service will have.
        lexRoute.deadLetterARecordAt("request-intake");
        try {
            stopWhileApplyingAndRestart(lexRoute, database, skype);
        } finally {
            if (!lexRoute.services.get(LexRouteService.REQUEST_INTAKE).isAlive()) {
                // For the other end-to-end tests of this JVM, whatever failed here.
                lexRoute.services.restart(LexRouteService.REQUEST_INTAKE, Map.of(), LexRouteUnderTest.READY_TIMEOUT);
            }
        }
    }

    private static void stopWhileApplyingAndRestart(LexRouteUnderTest lexRoute, DatabaseEndpoint database,
            ExampleCase skype) throws Exception {
        String orderId;
        boolean stoppedByItself;
        // As the services' runtime login: only a session of the same role may cancel request-intake's statement.
        try (Connection lockHolder = database.connect(database.runtime())) {
            lockHolder.setAutoCommit(false);
            try (Statement lock = lockHolder.createStatement()) {
                lock.execute("lock table intake.inbox_event in exclusive mode");
            }
            orderId = lexRoute.client.submit(skype.order(), "graceful-stop-" + UUID.randomUUID());
            int applying = awaitIntakeWaitingOnTheLock(lockHolder);

            ServiceProcess intake = lexRoute.services.get(LexRouteService.REQUEST_INTAKE);
            CompletableFuture<Boolean> stop = CompletableFuture.supplyAsync(
                    () -> lexRoute.services.stop(LexRouteService.REQUEST_INTAKE, STOP_TIMEOUT));
            awaitOutput(intake, STOPPING_WHILE_APPLYING);
            assertThat(cancel(lockHolder, applying)).as("request-intake still applying the poll").isTrue();
            stoppedByItself = stop.get(STOP_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            lockHolder.rollback();
        }

        assertThat(stoppedByItself).as("request-intake exited within its stop timeout").isTrue();
        for (OrderTopic topic : INTAKE_TOPICS) {
            assertThat(lexRoute.kafka.countRecords(topic.deadLetterTopic(), r -> orderId.equals(r.key()),
                    Duration.ofSeconds(1))).as("dead letters on %s", topic.deadLetterTopic()).isZero();
        }

        lexRoute.services.restart(LexRouteService.REQUEST_INTAKE, Map.of(), LexRouteUnderTest.READY_TIMEOUT);
        JsonNode order = lexRoute.client.awaitDecision(orderId, LexRouteUnderTest.DECISION_TIMEOUT);
        assertThat(order.path("status").asText()).isEqualTo(skype.expect().path("status").asText());
        List<String> steps = new ArrayList<>();
        order.path("timeline").forEach(step -> steps.add(step.path("service").asText()));
        assertThat(steps).as("the order's timeline at request-intake, with the assessment it was applying")
                .contains("jurisdiction-resolver", "data-locator", "response-gateway");
    }

    /**
     * Until request-intake's transaction, applying the order's first event, waits for the test's lock.
     *
     * @return the process id of its database session
     */
    private static int awaitIntakeWaitingOnTheLock(Connection connection) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("select pid from pg_locks"
                            + " where relation = 'intake.inbox_event'::regclass and not granted")) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("request-intake never tried to apply an event");
    }

    private static void awaitOutput(ServiceProcess process, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (process.output().contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(process.service().module() + " never logged '" + text + "'");
    }

    /** Cancels the statement the session is running; false if there was none to cancel. */
    private static boolean cancel(Connection connection, int sessionPid) throws SQLException {
        try (PreparedStatement cancel = connection.prepareStatement("select pg_cancel_backend(?)")) {
            cancel.setInt(1, sessionPid);
            try (ResultSet rows = cancel.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
