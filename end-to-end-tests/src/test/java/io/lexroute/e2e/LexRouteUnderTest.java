package io.lexroute.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.localstack.demo.OrderClient;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.DatabaseEndpoint;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The four services as they ship, started once for all end-to-end test classes of this JVM against the test
 * infrastructure, and stopped with the JVM.
 */
final class LexRouteUnderTest {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration DECISION_TIMEOUT = Duration.ofSeconds(90);
    /** So long that no hold timer fires by itself during a test run; a restart sets it short. */
    static final Map<String, String> GATEWAY_IDLE_TIMERS = Map.of("LEXROUTE_GATEWAY_HOLD_CHECK_INTERVAL", "1h");

    /** The dead-letter header naming the service that refused a record (kafka-outbox's DeadLetters.SERVICE). */
    private static final String REFUSED_BY_SERVICE = "dead-letter-service";

    static final String REVIEWER = DevTokens.legalReviewer("Ada Reviewer");
    static final String OPERATOR = DevTokens.operator("e2e-operator");

    private static LexRouteUnderTest instance;

    final RunningServices services;
    final OrderClient client;
    final KafkaTestClient kafka;
    final GatewayClient gateway;

    private LexRouteUnderTest(RunningServices services, KafkaTestClient kafka) {
        this.services = services;
        this.kafka = kafka;
        this.client = new OrderClient(services.uri(LexRouteService.REQUEST_INTAKE),
                services.uri(LexRouteService.DATA_LOCATOR));
        this.gateway = api(LexRouteService.RESPONSE_GATEWAY);
    }

    /** JSON over HTTP with {@code service}, wherever it runs now (a restart may move it). */
    GatewayClient api(LexRouteService service) {
        return new GatewayClient(() -> services.uri(service));
    }

    /** The provider's open release task for the order, once the gateway has made it (as the provider sees it). */
    JsonNode openTaskOf(String provider, String orderId) throws Exception {
        return openTaskOf("release-tasks", provider, orderId);
    }

    /** The provider's open preservation task for the order, once the gateway has opened it. */
    JsonNode openPreservationTaskOf(String provider, String orderId) throws Exception {
        return openTaskOf("preservation-tasks", provider, orderId);
    }

    private JsonNode openTaskOf(String tasks, String provider, String orderId) throws Exception {
        GatewayClient asProvider = gateway.as(OrderClient.providerToken(provider));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode task : asProvider.get("/api/v1/providers/" + provider + "/" + tasks + "?status=OPEN")) {
                if (orderId.equals(task.path("orderId").asText())) {
                    return task;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no open " + tasks + " entry of " + provider + " for order " + orderId);
    }

    /**
     * Has {@code service} (its {@code quarkus.application.name}) dead-letter a record: one that is no event, on
     * order.assessed, which request-intake and data-locator read.
     */
    void deadLetterARecordAt(String service) {
        String key = "not-an-event-" + UUID.randomUUID();
        kafka.produce(OrderTopic.ASSESSED.topic(), key, "not an event".getBytes(StandardCharsets.UTF_8));
        kafka.awaitRecord(OrderTopic.ASSESSED.deadLetterTopic(), record -> key.equals(record.key())
                && KafkaTestClient.header(record, REFUSED_BY_SERVICE).equals(Optional.of(service)),
                Duration.ofSeconds(60));
    }

    static synchronized LexRouteUnderTest get() throws Exception {
        if (instance == null) {
            TestInfrastructure infrastructure = TestInfrastructure.obtain();
            Path projectDir = RunningServices.projectDir();
            DatabaseEndpoint database = infrastructure.database();
            Path logDir = projectDir.resolve("end-to-end-tests/target/service-logs");
            // The test database's logins: the owner for the migration steps, the runtime login for the services (the
            // local stack's and a Testcontainers PostgreSQL have both; an external one may have one for both).
            Duration migrated = RunningServices.migrate(projectDir, infrastructure.kafkaBootstrapServers(),
                    database.jdbcUrl(), database.owner(), database.runtime(), logDir, READY_TIMEOUT);
            long begin = System.nanoTime();
            RunningServices services = RunningServices.start(projectDir, infrastructure.kafkaBootstrapServers(),
                    database.jdbcUrl(), database.runtime(), logDir, false, READY_TIMEOUT,
                    Map.of(LexRouteService.RESPONSE_GATEWAY, GATEWAY_IDLE_TIMERS));
            System.out.printf("LexRoute under test: schemas migrated in %d ms, then services ready in %d ms%n",
                    migrated.toMillis(), Duration.ofNanos(System.nanoTime() - begin).toMillis());
            Runtime.getRuntime().addShutdownHook(new Thread(services::close, "stop-lexroute-under-test"));
            instance = new LexRouteUnderTest(services, new KafkaTestClient(infrastructure.kafkaBootstrapServers()));
        }
        return instance;
    }
}
