package io.lexroute.gateway.scheduling;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderLocated;
import io.lexroute.gateway.domain.DecisionMaker;
import io.lexroute.gateway.domain.Verdict;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.outbox.EventJson;
import io.lexroute.testsupport.DatabaseEndpoint;
import io.lexroute.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Runs before the gateway of its test profile starts: brings the schema up to date and stores a decided, held order
 * whose hold timer fell due while no gateway was running, as if the service had been down over the end of the window.
 */
public class DueHoldSeeder implements QuarkusTestResourceLifecycleManager {

    public static final String ORDER_ID = "lexroute.test.seeded-hold-order-id";
    public static final String PROVIDER = "lexroute.test.seeded-hold-provider";

    @Override
    public Map<String, String> start() {
        DatabaseEndpoint database = TestInfrastructure.obtain().database();
        // As the owner, as the gateway's own start does; that start runs the callbacks (the pool's grants).
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.owner().username(), database.owner().password())
                .schemas("gateway")
                .defaultSchema("gateway")
                .locations("classpath:db/migration", "classpath:db/outbox")
                .skipDefaultCallbacks(true)
                .load()
                .migrate();
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 1);
        OrderLocated located = order.build();
        Instant decidedAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);
        Verdict verdict = DecisionMaker.decide(located, decidedAt);
        try (Connection connection = database.connect(database.owner())) {
            connection.setAutoCommit(false);
            try (PreparedStatement decision = connection.prepareStatement("""
                    insert into gateway.decision
                        (order_id, revision, status, decision, located_event, source_event_id, decided_at)
                    values (?, 1, ?, ?::jsonb, ?::jsonb, 'seeded-before-start', ?)""");
                    PreparedStatement timer = connection.prepareStatement("""
                    insert into gateway.hold_timer (id, order_id, data_category, country, enforcing_state,
                        window_hours, due_at, state, decision_revision, created_at, updated_at)
                    values (?, ?, 'CONTENT', 'NL', 'NL', 1, ?, 'PENDING', 1, ?, ?)""")) {
                decision.setObject(1, orderId);
                decision.setString(2, verdict.status().name());
                decision.setString(3, new String(EventJson.write(verdict.decision()), UTF_8));
                decision.setString(4, new String(EventJson.write(located), UTF_8));
                decision.setTimestamp(5, Timestamp.from(decidedAt));
                decision.executeUpdate();
                timer.setObject(1, UUID.randomUUID());
                timer.setObject(2, orderId);
                timer.setTimestamp(3, Timestamp.from(decidedAt.plus(Duration.ofHours(1))));
                timer.setTimestamp(4, Timestamp.from(decidedAt));
                timer.setTimestamp(5, Timestamp.from(decidedAt));
                timer.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the due hold", e);
        }
        return Map.of(ORDER_ID, orderId.toString(), PROVIDER, order.provider());
    }

    @Override
    public void stop() {
    }
}
