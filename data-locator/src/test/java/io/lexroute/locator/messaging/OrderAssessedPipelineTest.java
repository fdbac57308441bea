package io.lexroute.locator.messaging;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.StorageLocation.Role.PRIMARY;
import static io.lexroute.contracts.StorageLocation.Role.REPLICA;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.EuAddressee;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import io.lexroute.locator.LocatorService;
import io.lexroute.locator.persistence.LocationLookupEntity;
import io.lexroute.locator.persistence.LocationLookupRepository;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventRecords;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.Polls;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real Kafka and PostgreSQL: an assessed order in, the located order out. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OrderAssessedPipelineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String MIO = "Microsoft Ireland Operations Ltd";
    /** Seeded by V4__eu_addressee.sql. */
    private static final EuAddressee MICROSOFT_ADDRESSEE =
            new EuAddressee(EuAddressee.Kind.DESIGNATED_ESTABLISHMENT, "IE", MIO);
    private static final EuAddressee SKYPE_ADDRESSEE =
            new EuAddressee(EuAddressee.Kind.DESIGNATED_ESTABLISHMENT, "LU", "Skype Communications S.\u00e0 r.l.");

    private final KafkaTestClient kafka = new KafkaTestClient();

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    @Inject
    LocationLookupRepository lookups;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    OrderAssessedConsumer consumer;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    LocatorService service;

    @Test
    void anAssessedOrderIsLocatedAgainstTheSeededCatalog() throws IOException {
        UUID orderId = UUID.randomUUID();
        Order.Target unknown = new Order.Target(TargetType.EMAIL, "nobody." + orderId + "@outlook.example");
        Order order = order(List.of(
                new Order.Target(TargetType.EMAIL, "EU.User@outlook.example"),
                new Order.Target(TargetType.PHONE, "+353 86 123 4567"),
                unknown), List.of(TRAFFIC, CONTENT));

        produce(new OrderAssessed(orderId, order, assessment()));

        OrderLocated located = awaitLocated(orderId);
        assertThat(located.locations()).containsExactly(
                new StorageLocation(TRAFFIC, "IE", "dublin-1", MIO, PRIMARY, "ms-acct-eu-2"),
                new StorageLocation(TRAFFIC, "NL", "amsterdam-2", MIO, REPLICA, "ms-acct-eu-2"),
                new StorageLocation(CONTENT, "NL", "amsterdam-2", MIO, PRIMARY, "ms-acct-eu-2"),
                new StorageLocation(CONTENT, "IE", "dublin-1", MIO, REPLICA, "ms-acct-eu-2"));
        assertThat(located.unmatchedTargets()).containsExactly(unknown);
        assertThat(located.order()).isEqualTo(order);
        assertThat(located.assessment().rulebookVersion()).isEqualTo("test-rulebook");
        assertThat(located.addressee()).isEqualTo(MICROSOFT_ADDRESSEE);

        List<LocationLookupEntity> recorded = QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).locations).contains("amsterdam-2");
        assertThat(recorded.get(0).unmatchedTargets).contains(unknown.value());
        assertThat(EventJson.read(recorded.get(0).addressee.getBytes(UTF_8), EuAddressee.class))
                .isEqualTo(MICROSOFT_ADDRESSEE);
    }

    @Test
    void theLocatedOrderCarriesTheAddresseeItsProviderRecorded() throws IOException {
        String provider = "test-" + UUID.randomUUID().toString().substring(0, 8);
        EuAddressee representative = new EuAddressee(EuAddressee.Kind.LEGAL_REPRESENTATIVE, "NL",
                "Example Representative B.V.");
        service.replaceAddressee(provider, representative);
        UUID orderId = UUID.randomUUID();
        Order.Target target = new Order.Target(TargetType.EMAIL, "someone@" + provider + ".example");

        produce(new OrderAssessed(orderId, order(provider, List.of(target), List.of(CONTENT)), assessment()));

        OrderLocated located = awaitLocated(orderId);
        assertThat(located.addressee()).isEqualTo(representative);
        assertThat(located.locations()).isEmpty();
        assertThat(located.unmatchedTargets()).containsExactly(target);
        List<LocationLookupEntity> recorded = QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId));
        assertThat(recorded).hasSize(1);
        assertThat(EventJson.read(recorded.get(0).addressee.getBytes(UTF_8), EuAddressee.class))
                .isEqualTo(representative);
    }

    @Test
    void aProviderWithoutAnAddresseeGivesNone() throws IOException {
        String provider = "test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID orderId = UUID.randomUUID();

        produce(new OrderAssessed(orderId, order(provider,
                List.of(new Order.Target(TargetType.EMAIL, "someone@" + provider + ".example")), List.of(CONTENT)),
                assessment()));

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(OrderTopic.LOCATED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), TIMEOUT);
        assertThat(EventJson.read(record.value(), OrderLocated.class).addressee()).isNull();
        assertThat(EventJson.mapper().readTree(record.value()).path("addressee").isNull()).isTrue();
        List<LocationLookupEntity> recorded = QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).addressee).isNull();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOrderIsStillLocated() throws IOException {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.produce(OrderTopic.ASSESSED.topic(), poisonKey, "{ not json".getBytes(UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", OrderTopic.ASSESSED.eventType(),
                "ce_specversion", "1.0"));
        UUID orderId = UUID.randomUUID();
        produce(new OrderAssessed(orderId,
                order(List.of(new Order.Target(TargetType.EMAIL, "kunde@outlook.example")),
                        List.of(DataCategory.SUBSCRIBER)),
                assessment()));

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(OrderTopic.ASSESSED.deadLetterTopic(),
                record -> poisonKey.equals(record.key()), TIMEOUT);
        assertThat(new String(dead.value(), UTF_8)).isEqualTo("{ not json");
        OrderLocated located = awaitLocated(orderId);
        assertThat(located.locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(tuple("ms-acct-de-1", "IE"));
        assertThat(located.unmatchedTargets()).isEmpty();
    }

    @Test
    void theLocatedEventContinuesTheTraceOfTheAssessedOneThroughConsumerAndProducerSpans() throws IOException {
        UUID orderId = UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e" + orderId.toString().substring(0, 4);
        String upstreamSpanId = "00f067aa0ba902b7";
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(new OrderAssessed(orderId,
                order(List.of(new Order.Target(TargetType.EMAIL, "EU.User@outlook.example")), List.of(CONTENT)),
                assessment()), "jurisdiction-resolver-test");
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
        headers.put("traceparent", "00-" + traceId + "-" + upstreamSpanId + "-01");
        kafka.produce(record.topic(), record.key(), record.value(), headers);

        ConsumerRecord<String, byte[]> located = kafka.awaitRecord(OrderTopic.LOCATED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), TIMEOUT);
        String[] outgoing = KafkaTestClient.header(located, "traceparent").orElseThrow().split("-");
        assertThat(outgoing[1]).isEqualTo(traceId);
        assertThat(outgoing[2]).isNotEqualTo(upstreamSpanId);

        List<SpanData> trace = awaitSpans(traceId, 2);
        SpanData consumed = trace.stream().filter(span -> span.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        SpanData published = trace.stream().filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertThat(consumed.getName()).isEqualTo("order.assessed process");
        assertThat(consumed.getParentSpanId()).isEqualTo(upstreamSpanId);
        assertThat(published.getName()).isEqualTo("order.located publish");
        assertThat(published.getParentSpanId()).isEqualTo(consumed.getSpanId());
        assertThat(published.getSpanId()).isEqualTo(outgoing[2]);
    }

    @Test
    void aPollOfOrdersReadsTheCatalogOncePerProviderAndLocatesEachOrder() throws IOException {
        UUID german = UUID.randomUUID();
        UUID french = UUID.randomUUID();
        UUID irish = UUID.randomUUID();
        UUID skype = UUID.randomUUID();
        List<OrderAssessed> orders = List.of(
                new OrderAssessed(german, order(List.of(new Order.Target(TargetType.EMAIL, "kunde@outlook.example")),
                        List.of(DataCategory.SUBSCRIBER)), assessment()),
                new OrderAssessed(french, order(List.of(new Order.Target(TargetType.EMAIL, "client@outlook.example")),
                        List.of(CONTENT)), assessment()),
                new OrderAssessed(irish, order(List.of(new Order.Target(TargetType.PHONE, "+353 86 123 4567")),
                        List.of(TRAFFIC)), assessment()),
                new OrderAssessed(skype, order("skype", List.of(new Order.Target(TargetType.ACCOUNT_ID,
                        "live:demo.lu.002")), List.of(DataCategory.SUBSCRIBER)), assessment()));
        List<ProducerRecord<String, byte[]>> poll = orders.stream()
                .map(assessed -> EventRecords.toRecord(assessed, "jurisdiction-resolver-test")).toList();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        consumer.consume(Polls.of(poll));

        // For the whole poll (two providers, four orders), not per order or provider: the orders' locks, one query of
        // their last located assessments, one catalog query and one addressee query; the four lookups in one batch
        // (and one or two statements, the first time on a new database, fetch a block of ids).
        assertThat(statistics.getQueryExecutionCount()).isEqualTo(3);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(7);
        assertThat(awaitLocated(german).locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(tuple("ms-acct-de-1", "IE"));
        assertThat(awaitLocated(french).locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(tuple("ms-acct-fr-1", "NL"));
        assertThat(awaitLocated(irish).locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(tuple("ms-acct-eu-2", "IE"), tuple("ms-acct-eu-2", "NL"));
        OrderLocated skypeLocated = awaitLocated(skype);
        assertThat(skypeLocated.locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(tuple("sk-lu-002", "LU"));
        assertThat(skypeLocated.addressee()).isEqualTo(SKYPE_ADDRESSEE);
        assertThat(awaitLocated(german).addressee()).isEqualTo(MICROSOFT_ADDRESSEE);
        for (UUID orderId : List.of(german, french, irish, skype)) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId))).hasSize(1);
        }
    }

    @Test
    void anAssessmentOlderThanTheOneTheOrderWasLocatedWithIsNotLocatedAndANewerOneIs() throws IOException {
        UUID orderId = UUID.randomUUID();
        Order order = order(List.of(new Order.Target(TargetType.EMAIL, "kunde@outlook.example")),
                List.of(DataCategory.SUBSCRIBER));
        Instant t2 = Instant.parse("2026-10-02T10:00:00Z");
        Instant t1 = t2.minus(Duration.ofHours(1));
        Instant t3 = t2.plus(Duration.ofHours(1));

        produce(new OrderAssessed(orderId, order, assessment(t2)));
        assertThat(awaitLocated(orderId).assessment().assessedAt()).isEqualTo(t2);
        // Each record has an event id of its own: T1 is not a repeat of T2 for the inbox.
        produce(new OrderAssessed(orderId, order, assessment(t1)));
        produce(new OrderAssessed(orderId, order, assessment(t3)));

        kafka.awaitRecord(OrderTopic.LOCATED.topic(),
                candidate -> orderId.toString().equals(candidate.key()) && assessedAt(candidate).equals(t3), TIMEOUT);
        // The order's records are in one partition, so T1 was handled before T3: it gave no order.located.
        assertThat(kafka.countRecords(OrderTopic.LOCATED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), Duration.ofSeconds(3))).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId)))
                .extracting(lookup -> lookup.assessedAt).containsExactlyInAnyOrder(t2, t3);
    }

    @Test
    void withinAPollAnOlderAssessmentIsComparedWithTheOneLocatedJustBeforeAndTheSameOneAgainIsLocated() {
        UUID orderId = UUID.randomUUID();
        Order order = order(List.of(new Order.Target(TargetType.EMAIL, "kunde@outlook.example")),
                List.of(DataCategory.SUBSCRIBER));
        Instant t2 = Instant.parse("2026-10-02T10:00:00Z");
        Instant t1 = t2.minus(Duration.ofHours(1));

        consumer.consume(Polls.of(List.of(assessedRecord(orderId, order, t2), assessedRecord(orderId, order, t1),
                assessedRecord(orderId, order, t2))));

        // T2 located, T1 skipped, T2 again (same assessedAt, e.g. a re-location) located.
        assertThat(QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId)))
                .extracting(lookup -> lookup.assessedAt).containsExactly(t2, t2);

        // In a later poll, T1 is compared with what is stored.
        consumer.consume(Polls.of(List.of(assessedRecord(orderId, order, t1))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> lookups.ofOrder(orderId))).hasSize(2);
    }

    @Test
    void laterPollsReuseTheQueryPlansOfTheFirst() {
        consumer.consume(Polls.of(List.of(assessedRecord(UUID.randomUUID()))));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        for (int i = 0; i < 3; i++) {
            consumer.consume(Polls.of(List.of(assessedRecord(UUID.randomUUID()), assessedRecord(UUID.randomUUID()))));
        }

        // A query whose plan Hibernate cannot find again (a native query with a result class) would miss once per
        // poll, and its plans would fill the cache; every later poll would look through them.
        assertThat(statistics.getQueryPlanCacheMissCount()).isZero();
    }

    private static ProducerRecord<String, byte[]> assessedRecord(UUID orderId) {
        return EventRecords.toRecord(new OrderAssessed(orderId, order(
                List.of(new Order.Target(TargetType.EMAIL, "kunde@outlook.example")),
                List.of(DataCategory.SUBSCRIBER)), assessment()), "jurisdiction-resolver-test");
    }

    private static ProducerRecord<String, byte[]> assessedRecord(UUID orderId, Order order, Instant assessedAt) {
        return EventRecords.toRecord(new OrderAssessed(orderId, order, assessment(assessedAt)),
                "jurisdiction-resolver-test");
    }

    private static Instant assessedAt(ConsumerRecord<String, byte[]> located) {
        try {
            return EventJson.read(located.value(), OrderLocated.class).assessment().assessedAt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<SpanData> awaitSpans(String traceId, int atLeast) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId))
                    .toList();
            if (trace.size() >= atLeast || Instant.now().isAfter(deadline)) {
                return trace;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void produce(OrderAssessed event) {
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, "jurisdiction-resolver-test");
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
        kafka.produce(record.topic(), record.key(), record.value(), headers);
    }

    private OrderLocated awaitLocated(UUID orderId) throws IOException {
        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(OrderTopic.LOCATED.topic(),
                candidate -> orderId.toString().equals(candidate.key()), TIMEOUT);
        return EventJson.read(record.value(), OrderLocated.class);
    }

    private static Order order(List<Order.Target> targets, List<DataCategory> categories) {
        return order("microsoft", targets, categories);
    }

    private static Order order(String provider, List<Order.Target> targets, List<DataCategory> categories) {
        return new Order("TEST-" + UUID.randomUUID(), LocalDate.parse("2026-10-01"),
                new Order.IssuingAuthority("DE", AuthorityType.JUDGE, "Amtsgericht Koeln", null),
                Instrument.EPOC, List.of(), provider, targets, categories,
                new Order.TimeRange(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z")),
                new Order.Offence("test", 60, List.of()), new Order.Subject("DE"), false, "de-test-prosecutor");
    }

    private static Assessment assessment() {
        return assessment(Instant.now());
    }

    private static Assessment assessment(Instant assessedAt) {
        return new Assessment("test-rulebook", LocalDate.parse("2026-10-01"), "ELECTRONIC_COMMUNICATIONS_SERVICE",
                List.of("EU-EEVID"), List.of(), List.of(), null, assessedAt);
    }
}
