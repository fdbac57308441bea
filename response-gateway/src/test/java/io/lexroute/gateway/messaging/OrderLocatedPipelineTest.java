package io.lexroute.gateway.messaging;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.RELEASE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import io.lexroute.gateway.AuditLog;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.DecisionRepository;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import io.lexroute.gateway.support.As;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventRecords;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.Polls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real Kafka and PostgreSQL: a located order in, its decision out, exactly once. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OrderLocatedPipelineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Ground SCA = new Ground("SCA_2703", "18 U.S.C. 2703", "Reachable in the United States.");
    private static final Ground MSFT_2D = new Ground("EXTRATERRITORIAL_SCA_WARRANT",
            "Microsoft Corp. v. United States, 829 F.3d 197 (2d Cir. 2016)", "Not reachable abroad.");

    private final KafkaTestClient kafka = new KafkaTestClient();

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    @Inject
    DecisionRepository decisions;

    @Inject
    ReleaseTaskRepository tasks;

    @Inject
    AuditLog audit;

    @Inject
    OrderLocatedConsumer consumer;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    @Test
    void aLocatedOrderIsDecidedOnceAndARedeliveryChangesNothing() {
        UUID orderId = UUID.randomUUID();
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(located(orderId), "data-locator-test");

        produce(record);

        OrderDecided decided = awaitDecided(orderId, 1);
        assertThat(decided.status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
        assertThat(decided.decision().outcomes())
                .extracting(CategoryOutcome::dataCategory, CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactly(tuple(SUBSCRIBER, "US", RELEASE), tuple(CONTENT, "IE", REDIRECT));
        assertThat(decided.decision().outcomes().get(1).grounds()).containsExactly(MSFT_2D);
        assertThat(decided.decision().rulebookVersion()).isEqualTo("test-rulebook");

        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("status", equalTo("PARTIALLY_RELEASED"))
                .body("decision.outcomes[1].grounds[0].citation", equalTo(MSFT_2D.citation()));

        // The same event again (same ce_id), then a new event of the same order: on one partition, in order, so
        // once the new one is decided the redelivery has been consumed too, and it must have added nothing.
        produce(record);
        ProducerRecord<String, byte[]> relocated = EventRecords.toRecord(located(orderId), "data-locator-test");
        produce(relocated);

        assertThat(awaitDecided(orderId, 2).revision()).isEqualTo(2);
        List<DecisionEntity> revisions = QuarkusTransaction.requiringNew().call(() -> decisions.revisions(orderId));
        assertThat(revisions).extracting(revision -> revision.revision).containsExactly(1, 2);
        assertThat(revisions.get(0).sourceEventId).isEqualTo(eventIdOf(record));
        assertThat(revisions.get(1).sourceEventId).isEqualTo(eventIdOf(relocated));
        assertThat(revisions.get(0).locatedEvent).contains("us-west").contains("test-rulebook");
        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOrderIsStillDecided() {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.produce(OrderTopic.LOCATED.topic(), poisonKey, "[]".getBytes(UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", OrderTopic.LOCATED.eventType(),
                "ce_specversion", "1.0"));
        UUID orderId = UUID.randomUUID();
        produce(EventRecords.toRecord(located(orderId), "data-locator-test"));

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(OrderTopic.LOCATED.deadLetterTopic(),
                candidate -> poisonKey.equals(candidate.key()), TIMEOUT);
        assertThat(new String(dead.value(), UTF_8)).isEqualTo("[]");
        assertThat(awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
    }

    @Test
    void aLocationThatIsNoCountryCodeIsDeadLetteredNotReleased() {
        UUID orderId = UUID.randomUUID();
        ProducerRecord<String, byte[]> valid = EventRecords.toRecord(located(orderId), "data-locator-test");
        ObjectNode json = EventJson.mapper().valueToTree(located(orderId));
        // Three letters: no conflict or reach rule would match it, so without the schema it would be decided as is.
        ((ObjectNode) json.withArray("locations").get(1)).put("country", "IRL");
        Map<String, String> headers = new HashMap<>();
        valid.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
        kafka.produce(valid.topic(), valid.key(), EventJson.write(json), headers);

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(OrderTopic.LOCATED.deadLetterTopic(),
                candidate -> orderId.toString().equals(candidate.key()), TIMEOUT);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), UTF_8))
                .contains("order.located.v1.schema.json").contains("country");
        assertThat(QuarkusTransaction.requiringNew().call(() -> decisions.revisions(orderId))).isEmpty();
    }

    @Test
    void aPollOfNewOrdersIsDecidedWithAFewStatementsInAll() {
        List<UUID> orderIds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Statistics statistics = sessionFactory.getStatistics();

        withTimersPaused(() -> {
            statistics.clear();
            consumer.consume(poll(orderIds.stream().map(OrderLocatedPipelineTest::located).toList()));
            // The audit chain and the three orders locked, the orders decided before and the chain's head read: four
            // statements; then the decisions, release tasks and audit entries inserted a table at a time. One order
            // at a time, it was ten statements or more per order.
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(8);
        });
        for (UUID orderId : orderIds) {
            assertThat(awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
            assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.ofOrder(orderId)))
                    .extracting(task -> task.dataCategory, task -> task.country).containsExactly(tuple(SUBSCRIBER, "US"));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void laterPollsReuseTheQueryPlansOfTheFirst() {
        consumer.consume(poll(List.of(located(UUID.randomUUID()))));
        Statistics statistics = sessionFactory.getStatistics();

        withTimersPaused(() -> {
            statistics.clear();
            for (int i = 0; i < 3; i++) {
                consumer.consume(poll(List.of(located(UUID.randomUUID()), located(UUID.randomUUID()))));
            }
            // A query whose plan Hibernate cannot find again (a native query with a result class) would miss once per
            // poll, and its plans would fill the cache; every later poll would look through them.
            assertThat(statistics.getQueryPlanCacheMissCount()).isZero();
            assertThat(statistics.getQueryExecutionCount()).isPositive();
        });
    }

    /**
     * Runs {@code measured} with the gateway's timers paused: the hold timer ticks every second in tests, and its
     * statements would count in the same statistics (as the poll's, or as the only queries of a poll that ran none).
     */
    private void withTimersPaused(Runnable measured) {
        List<String> timers = List.of("release-due-holds", "end-elapsed-preservations");
        timers.forEach(scheduler::pause);
        try {
            measured.run();
        } finally {
            timers.forEach(scheduler::resume);
        }
    }

    @Test
    void anOrderLocatedTwiceInOnePollGetsTwoRevisionsAndKeepsItsOneReleaseTask() {
        UUID orderId = UUID.randomUUID();

        consumer.consume(poll(List.of(located(orderId), located(orderId))));

        assertThat(awaitDecided(orderId, 2).revision()).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> decisions.revisions(orderId)))
                .extracting(revision -> revision.revision).containsExactly(1, 2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.ofOrder(orderId)))
                .extracting(task -> task.decisionRevision).containsExactly(1);
        assertThat(audit.verify().intact()).isTrue();
    }

    private static ConsumerRecords<String, byte[]> poll(List<OrderLocated> events) {
        return Polls.of(events.stream().map(event -> EventRecords.toRecord(event, "data-locator-test")).toList());
    }

    private OrderDecided awaitDecided(UUID orderId, int revision) {
        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(OrderTopic.DECIDED.topic(),
                candidate -> orderId.toString().equals(candidate.key()) && read(candidate).revision() == revision,
                TIMEOUT);
        return read(record);
    }

    private static OrderDecided read(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.read(record.value(), OrderDecided.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void produce(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
        kafka.produce(record.topic(), record.key(), record.value(), headers);
    }

    private static String eventIdOf(ProducerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), UTF_8);
    }

    private static OrderLocated located(UUID orderId) {
        Order order = new Order("SDNY-TEST-" + orderId, LocalDate.parse("2016-09-01"),
                new Order.IssuingAuthority("US", AuthorityType.JUDGE, "US Magistrate Judge, S.D.N.Y.", null),
                Instrument.US_SCA_WARRANT, List.of(), "microsoft",
                List.of(new Order.Target(TargetType.EMAIL, "target2016@outlook.example")), List.of(SUBSCRIBER, CONTENT),
                new Order.TimeRange(Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2016-09-01T00:00:00Z")),
                new Order.Offence("test", 240, List.of()), new Order.Subject(null), false, "us-test-court");
        Assessment assessment = new Assessment("test-rulebook", LocalDate.parse("2016-09-01"), "PROVIDER",
                List.of("US-SCA"), List.of(
                        new CategoryAssessment(SUBSCRIBER, Assessment.Disposition.PERMITTED, List.of(SCA),
                                Assessment.TerritorialDoctrine.STORAGE_LOCATION, List.of("US"), List.of(), List.of(),
                                null),
                        new CategoryAssessment(CONTENT, Assessment.Disposition.PERMITTED, List.of(SCA),
                                Assessment.TerritorialDoctrine.STORAGE_LOCATION, List.of("US"),
                                List.of(new Assessment.Redirect("*", MSFT_2D)), List.of(), null)),
                List.of(), null, Instant.now());
        return new OrderLocated(orderId, order, assessment, List.of(
                new StorageLocation(SUBSCRIBER, "US", "us-west", "Microsoft Corporation", StorageLocation.Role.PRIMARY,
                        "ms-acct-2016"),
                new StorageLocation(CONTENT, "IE", "dublin-1", "Microsoft Ireland Operations Ltd",
                        StorageLocation.Role.PRIMARY, "ms-acct-2016")), List.of(), Instant.now());
    }
}
