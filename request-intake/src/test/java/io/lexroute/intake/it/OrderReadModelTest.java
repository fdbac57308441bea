package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.OPERATOR;
import static io.lexroute.intake.it.IntakeApi.as;
import static io.lexroute.intake.it.IntakeApi.asPortal;
import static io.lexroute.intake.it.IntakeApi.eventually;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.publish;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderDeadlinePassed;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.intake.ValidOrders;
import io.lexroute.intake.messaging.OrderProgressConsumer;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventRecords;
import io.lexroute.testsupport.KafkaTestClient;
import io.lexroute.testsupport.Polls;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The status read-model, fed by real records on the real downstream topics. */
@QuarkusTest
class OrderReadModelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Ground TRAFFIC_GROUND = new Ground("SCA_2703D", "18 U.S.C. 2703(d)", "order on facts");
    private static final Ground EXTRATERRITORIAL = new Ground("EXTRATERRITORIAL_SCA_WARRANT",
            "Microsoft v. United States, 829 F.3d 197 (2d Cir. 2016)", "a warrant does not reach Dublin");
    private static final Ground MLAT = new Ground("REDIRECT_US_IE_MLAT",
            "US-Ireland Treaty on Mutual Legal Assistance, TIAS 13137", "ask the Irish central authority");

    private static KafkaTestClient kafka;

    @Inject
    OrderProgressConsumer progress;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    @PersistenceUnitExtension
    SqlRecorder sql;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void followsTheOrderDownstreamToItsDecision() {
        UUID id = submitted();
        Order order = orderOf(id);

        publish(kafka, new OrderAssessed(id, order, assessment()), "jurisdiction-resolver");
        awaitStatus(id, "ASSESSED", 2);
        asPortal().get(ORDERS + "/" + id).then()
                .body("timeline[1].step", equalTo("ASSESSED"))
                .body("timeline[1].service", equalTo("jurisdiction-resolver"))
                .body("assessment.rulebookVersion", equalTo("test-rulebook-1"));

        publish(kafka, located(id, order), "data-locator");
        awaitStatus(id, "LOCATED", 3);
        asPortal().get(ORDERS + "/" + id + "/response").then()
                .statusCode(409).contentType("application/problem+json").body("title", equalTo("Not decided yet"));

        String refusalLink = "http://127.0.0.1:8084/api/v1/orders/" + id + "/refusal";
        publish(kafka, new OrderDecided(id, 1, OrderStatus.PARTIALLY_RELEASED, decision(), refusalLink),
                "response-gateway");
        awaitStatus(id, "PARTIALLY_RELEASED", 4);
        asPortal().get(ORDERS + "/" + id).then()
                .body("timeline.step", contains("RECEIVED", "ASSESSED", "LOCATED", "DECIDED"))
                .body("timeline[3].service", equalTo("response-gateway"))
                .body("decision.rulebookVersion", equalTo("test-rulebook-1"))
                .body("decision.outcomes", hasSize(2))
                .body("decision.outcomes[1].outcome", equalTo("REDIRECT"))
                .body("decision.outcomes[1].grounds[0].citation", equalTo(EXTRATERRITORIAL.citation()));

        asPortal().get(ORDERS + "/" + id + "/response").then()
                .statusCode(200)
                .body("orderId", equalTo(id.toString()))
                .body("status", equalTo("PARTIALLY_RELEASED"))
                .body("decision.outcomes", hasSize(2))
                .body("refusal.outcomes", hasSize(1))
                .body("refusal.outcomes[0].dataCategory", equalTo("CONTENT"))
                .body("refusal.outcomes[0].location", equalTo("IE"))
                .body("refusal.outcomes[0].channel", equalTo(MLAT.citation()))
                .body("refusal.documentLink", equalTo(refusalLink))
                .body("packages", hasSize(0));
    }

    @Test
    void eachReleasedPackageJoinsTheAnswersManifestOnce() {
        UUID id = submitted();
        publish(kafka, new OrderDecided(id, 1, OrderStatus.PARTIALLY_RELEASED, decision()), "response-gateway");
        awaitStatus(id, "PARTIALLY_RELEASED", 2);
        asPortal().get(ORDERS + "/" + id + "/response").then().statusCode(200).body("packages", hasSize(0));

        UUID packageId = UUID.randomUUID();
        String sha256 = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
        String link = "http://127.0.0.1:8084/api/v1/orders/" + id + "/packages/" + packageId;
        OrderPackageReceived received = new OrderPackageReceived(id, packageId, DataCategory.TRAFFIC, "US",
                "traffic records.zip", "application/zip", 40_000, sha256, Instant.parse("2026-11-20T09:59:58Z"), link);
        publish(kafka, received, "response-gateway");
        // The same package published again under another event id is listed once.
        publish(kafka, received, "response-gateway");
        awaitTimeline(id, 4);

        asPortal().get(ORDERS + "/" + id + "/response").then()
                .statusCode(200)
                .body("status", equalTo("PARTIALLY_RELEASED"))
                .body("packages", hasSize(1))
                .body("packages[0].name", equalTo("traffic records.zip"))
                .body("packages[0].size", equalTo(40_000))
                .body("packages[0].sha256", equalTo(sha256))
                .body("packages[0].downloadLink", equalTo(link))
                .body("packages[0].dataCategory", equalTo("TRAFFIC"))
                .body("packages[0].location", equalTo("US"))
                .body("packages[0].receivedAt", equalTo("2026-11-20T09:59:58Z"));
        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("PARTIALLY_RELEASED"))
                .body("timeline.step", contains("RECEIVED", "DECIDED", "PACKAGE_RECEIVED", "PACKAGE_RECEIVED"))
                .body("timeline[2].service", equalTo("response-gateway"))
                .body("timeline[2].detail", equalTo("package traffic records.zip (40000 bytes, SHA-256 " + sha256 + ")"))
                .body("timeline[3].detail", equalTo("package traffic records.zip (40000 bytes, SHA-256 " + sha256
                        + ") already listed"));
    }

    @Test
    void aPassedDeadlineIsAStepOfTheTimelineOnceEvenIfDeliveredTwice() {
        UUID id = submitted();
        publish(kafka, new OrderDecided(id, 1, OrderStatus.RELEASED, decision()), "response-gateway");
        awaitStatus(id, "RELEASED", 2);

        Instant deadline = Instant.parse("2017-12-11T00:00:00Z");
        ProducerRecord<String, byte[]> record = publish(kafka, new OrderDeadlinePassed(id, DataCategory.TRAFFIC, "US",
                "skype", deadline, Instant.parse("2017-12-11T00:01:00Z")), "response-gateway");
        kafka.produce(record.topic(), record.key(), record.value(), IntakeApi.headersOf(record));
        // A marker after the repeat, on its topic and partition: once it is applied, the repeat has been consumed too.
        publish(kafka, new OrderDeadlinePassed(id, DataCategory.SUBSCRIBER, "LU", "skype", deadline,
                Instant.parse("2017-12-11T00:01:00Z")), "response-gateway");
        awaitTimeline(id, 4);

        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("RELEASED"))
                .body("timeline.step", contains("RECEIVED", "DECIDED", "DEADLINE_PASSED", "DEADLINE_PASSED"))
                .body("timeline[2].service", equalTo("response-gateway"))
                .body("timeline[2].status", equalTo("RELEASED"))
                .body("timeline[2].detail", equalTo("answer deadline 2017-12-11T00:00:00Z passed before provider"
                        + " skype sent the TRAFFIC data stored in US"))
                .body("timeline[3].detail", equalTo("answer deadline 2017-12-11T00:00:00Z passed before provider"
                        + " skype sent the SUBSCRIBER data stored in LU"));
    }

    @Test
    void aPackageEventWithoutItsDigestIsDeadLetteredAndListsNothing() {
        UUID id = submitted();
        publish(kafka, new OrderDecided(id, 1, OrderStatus.RELEASED, decision()), "response-gateway");
        UUID packageId = UUID.randomUUID();
        publish(kafka, new OrderPackageReceived(id, packageId, DataCategory.TRAFFIC, "US", "traffic.csv", "text/csv",
                10, null, Instant.parse("2026-11-20T09:59:58Z"), "http://127.0.0.1:8084/x"), "response-gateway");

        ConsumerRecord<String, byte[]> letter = kafka.awaitRecord("order.package-received.dlq",
                r -> id.toString().equals(r.key()), PATIENCE);
        assertThat(KafkaTestClient.header(letter, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("/sha256"));
        awaitStatus(id, "RELEASED", 2);
        asPortal().get(ORDERS + "/" + id + "/response").then().statusCode(200).body("packages", hasSize(0));
    }

    @Test
    void lateOrStaleEventsNeverMoveTheStatusBack() {
        UUID id = submitted();
        Order order = orderOf(id);
        publish(kafka, new OrderDecided(id, 2, OrderStatus.REFUSED, decision()), "response-gateway");
        awaitStatus(id, "REFUSED", 2);

        publish(kafka, located(id, order), "data-locator");
        publish(kafka, new OrderDecided(id, 1, OrderStatus.ON_HOLD, decision()), "response-gateway");
        awaitTimeline(id, 4);

        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("REFUSED"))
                .body("decision", notNullValue());

        publish(kafka, new OrderClosed(id, OrderStatus.DELIVERED, Instant.parse("2026-11-20T10:00:00Z"),
                "every package reached the authority"), "response-gateway");
        awaitStatus(id, "DELIVERED", 5);
        asPortal().get(ORDERS + "/" + id).then()
                .body("timeline[4].step", equalTo("CLOSED"))
                .body("timeline[4].detail", equalTo("every package reached the authority"));
    }

    @Test
    void aLocationEventFillsAMissingAssessmentButNeverReplacesOne() {
        UUID assessedFirst = submitted();
        publish(kafka, new OrderAssessed(assessedFirst, orderOf(assessedFirst), assessment()), "jurisdiction-resolver");
        awaitStatus(assessedFirst, "ASSESSED", 2);
        publish(kafka, located(assessedFirst, orderOf(assessedFirst), assessment("another-rulebook")), "data-locator");
        awaitStatus(assessedFirst, "LOCATED", 3);
        asPortal().get(ORDERS + "/" + assessedFirst).then()
                .body("assessment.rulebookVersion", equalTo("test-rulebook-1"));

        // Both in one poll, the location first: the assessment event's document is the one kept.
        UUID bothInOnePoll = submitted();
        progress.consume(Polls.of(List.of(
                EventRecords.toRecord(located(bothInOnePoll, orderOf(bothInOnePoll), assessment("another-rulebook")),
                        "data-locator"),
                EventRecords.toRecord(new OrderAssessed(bothInOnePoll, orderOf(bothInOnePoll), assessment()),
                        "jurisdiction-resolver"))));
        asPortal().get(ORDERS + "/" + bothInOnePoll).then()
                .body("status", equalTo("LOCATED"))
                .body("assessment.rulebookVersion", equalTo("test-rulebook-1"));

        UUID neverAssessed = submitted();
        publish(kafka, located(neverAssessed, orderOf(neverAssessed), assessment("another-rulebook")), "data-locator");
        awaitStatus(neverAssessed, "LOCATED", 2);
        asPortal().get(ORDERS + "/" + neverAssessed).then()
                .body("assessment.rulebookVersion", equalTo("another-rulebook"));
    }

    @Test
    void anAssessmentMadeBeforeTheOneShownDoesNotReplaceIt() {
        UUID id = submitted();
        Order order = orderOf(id);
        publish(kafka, new OrderAssessed(id, order, assessment("rulebook-of-the-2nd", "2017-12-02T00:00:00Z")),
                "jurisdiction-resolver");
        awaitStatus(id, "ASSESSED", 2);
        publish(kafka, located(id, order), "data-locator");
        awaitStatus(id, "LOCATED", 3);

        // An older assessment under a new event id, e.g. put back from order.assessed.dlq long after.
        publish(kafka, new OrderAssessed(id, order, assessment("rulebook-of-the-1st", "2017-12-01T00:00:00Z")),
                "jurisdiction-resolver");
        awaitTimeline(id, 4);
        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("LOCATED"))
                .body("assessment.rulebookVersion", equalTo("rulebook-of-the-2nd"))
                .body("assessment.assessedAt", equalTo("2017-12-02T00:00:00Z"))
                .body("timeline[3].step", equalTo("ASSESSED"))
                .body("timeline[3].status", equalTo("LOCATED"))
                .body("timeline[3].detail", equalTo("assessment of 2017-12-01T00:00:00Z ignored: the assessment of "
                        + "2017-12-02T00:00:00Z already applied"));

        publish(kafka, new OrderAssessed(id, order, assessment("rulebook-of-the-3rd", "2017-12-03T00:00:00Z")),
                "jurisdiction-resolver");
        awaitTimeline(id, 5);
        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("LOCATED"))
                .body("assessment.rulebookVersion", equalTo("rulebook-of-the-3rd"))
                .body("assessment.assessedAt", equalTo("2017-12-03T00:00:00Z"))
                .body("timeline[4].detail", equalTo("rulebook rulebook-of-the-3rd"));
    }

    @Test
    void aStaleDecisionDoesNotReplaceTheDocumentOfANewerOne() {
        UUID id = submitted();
        publish(kafka, new OrderDecided(id, 2, OrderStatus.REFUSED, decision("rulebook-of-revision-2")),
                "response-gateway");
        publish(kafka, new OrderDecided(id, 1, OrderStatus.RELEASED, decision("rulebook-of-revision-1")),
                "response-gateway");
        awaitTimeline(id, 3);
        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("REFUSED"))
                .body("decision.rulebookVersion", equalTo("rulebook-of-revision-2"));
    }

    @Test
    void aLaterRevisionShowsThePreservationsNewEndEvenOnceTheOrderIsClosed() {
        UUID id = submitted();
        Instant first = Instant.parse("2027-02-01T10:00:00Z");
        Instant extended = first.plus(Duration.ofDays(30));
        publish(kafka, new OrderDecided(id, 1, OrderStatus.PRESERVED, preserved(first)), "response-gateway");
        awaitStatus(id, "PRESERVED", 2);
        publish(kafka, new OrderDecided(id, 2, OrderStatus.PRESERVED, preserved(extended)), "response-gateway");
        awaitTimeline(id, 3);
        asPortal().get(ORDERS + "/" + id).then()
                .body("decision.outcomes[0].preservationExpiresAt", equalTo(extended.toString()));

        // Closed once the provider confirmed; the authority's withdrawal still reaches the order, status kept.
        publish(kafka, new OrderClosed(id, OrderStatus.PRESERVED, Instant.parse("2026-12-10T10:00:00Z"),
                "the provider preserves the data"), "response-gateway");
        awaitTimeline(id, 4);
        Instant withdrawnAt = Instant.parse("2026-12-20T10:00:00Z");
        publish(kafka, new OrderDecided(id, 3, OrderStatus.PRESERVED, preserved(withdrawnAt)), "response-gateway");
        awaitTimeline(id, 5);
        asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo("PRESERVED"))
                .body("decision.outcomes[0].preservationExpiresAt", equalTo(withdrawnAt.toString()));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = submitted();
        ProducerRecord<String, byte[]> record = publish(kafka,
                new OrderAssessed(id, orderOf(id), assessment()), "jurisdiction-resolver");
        kafka.produce(record.topic(), record.key(), record.value(), IntakeApi.headersOf(record));
        // A marker after the repeat, on its topic and partition: once it is applied, the repeat has been consumed too.
        publish(kafka, new OrderAssessed(id, orderOf(id), assessment("marker-rulebook", "2017-12-03T00:00:00Z")),
                "jurisdiction-resolver");
        eventually(PATIENCE, () -> asPortal().get(ORDERS + "/" + id).then()
                .body("assessment.rulebookVersion", equalTo("marker-rulebook")));

        asPortal().get(ORDERS + "/" + id).then()
                .body("timeline.step", contains("RECEIVED", "ASSESSED", "ASSESSED"))
                .body("timeline[1].detail", equalTo("rulebook test-rulebook-1"))
                .body("timeline[2].detail", equalTo("rulebook marker-rulebook"));
    }

    @Test
    void eventsForAnUnknownOrderAreSkipped() {
        UUID unknown = UUID.randomUUID();
        UUID known = submitted();
        ProducerRecord<String, byte[]> forUnknown = publish(kafka,
                new OrderDecided(unknown, 1, OrderStatus.RELEASED, decision()), "response-gateway");
        publish(kafka, new OrderDecided(known, 1, OrderStatus.RELEASED, decision()), "response-gateway");
        awaitStatus(known, "RELEASED", 2);
        // Consumed once its id is remembered: the inbox row is written in the poll's transaction.
        String eventId = IntakeApi.headersOf(forUnknown).get(CloudEventHeaders.ID);
        eventually(PATIENCE, () -> assertThat(inboxHolds(eventId)).as("event %s consumed", eventId).isTrue());

        as(OPERATOR).get(ORDERS + "/" + unknown).then().statusCode(404);
        assertThat(kafka.countRecords("order.decided.dlq", dead -> unknown.toString().equals(dead.key()),
                Duration.ofSeconds(1))).as("dead-lettered rather than skipped").isZero();
    }

    private boolean inboxHolds(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !sessionFactory.getCurrentSession()
                .createNativeQuery("select 1 from inbox_event where event_id = :id", Integer.class)
                .setParameter("id", eventId).getResultList().isEmpty());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        UUID id = submitted();
        String key = id.toString();
        kafka.produce("order.decided", key, "{ this is not an event".getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", "io.lexroute.order.decided.v1",
                "ce_source", "response-gateway",
                "content-type", "application/json"));
        publish(kafka, new OrderDecided(id, 1, OrderStatus.REDIRECTED, decision()), "response-gateway");

        kafka.awaitRecord("order.decided.dlq", r -> key.equals(r.key()), PATIENCE);
        awaitStatus(id, "REDIRECTED", 2);
        asPortal().get(ORDERS + "/" + id).then().body("decision.outcomes", hasSize(2));
    }

    @Test
    void aPollIsAppliedWithOneLockingQueryAndItsWritesInBatches() {
        List<UUID> ids = List.of(submitted(), submitted(), submitted());
        List<ProducerRecord<String, byte[]>> poll = new ArrayList<>();
        for (UUID id : ids) {
            poll.add(EventRecords.toRecord(new OrderAssessed(id, orderOf(id), assessment()), "jurisdiction-resolver"));
        }
        for (UUID id : ids) {
            poll.add(EventRecords.toRecord(located(id, orderOf(id)), "data-locator"));
            poll.add(EventRecords.toRecord(new OrderDecided(id, 1, OrderStatus.REFUSED, decision()),
                    "response-gateway"));
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        sql.start();

        progress.consume(Polls.of(poll));

        List<String> sent = sql.stop();
        // The submitted order never changes: the updates do not send it back to the database.
        assertThat(sent).filteredOn(statement -> statement.startsWith("update")).isNotEmpty()
                .allMatch(update -> update.contains("status") && !update.contains("order_json"));
        // One query locks the three orders; at the commit, one batch updates them and one inserts the nine steps (a
        // fourth statement when a new block of timeline ids is due). One at a time, it would have been 27.
        assertThat(statistics.getPrepareStatementCount()).as("statements sent: %s", sent).isLessThanOrEqualTo(4);
        assertThat(statistics.getEntityLoadCount()).isEqualTo(3);
        for (UUID id : ids) {
            asPortal().get(ORDERS + "/" + id).then()
                    .body("status", equalTo("REFUSED"))
                    .body("timeline.step", contains("RECEIVED", "ASSESSED", "LOCATED", "DECIDED"))
                    .body("assessment.rulebookVersion", equalTo("test-rulebook-1"))
                    .body("decision.outcomes", hasSize(2));
        }
    }

    @Test
    void anEventThatCannotBeAppliedCostsOnlyItselfInAPoll() {
        UUID first = submitted();
        UUID broken = submitted();
        UUID last = submitted();

        progress.consume(Polls.of(List.of(
                EventRecords.toRecord(new OrderAssessed(first, orderOf(first), assessment()), "jurisdiction-resolver"),
                EventRecords.toRecord(new OrderDecided(broken, 1, OrderStatus.RELEASED, null), "response-gateway"),
                EventRecords.toRecord(new OrderAssessed(last, orderOf(last), assessment()), "jurisdiction-resolver"))));

        // The decision its schema requires is missing: refused as it is read, dead-lettered alone; the two good ones
        // stand.
        for (UUID id : List.of(first, last)) {
            asPortal().get(ORDERS + "/" + id).then()
                    .body("status", equalTo("ASSESSED"))
                    .body("timeline.step", contains("RECEIVED", "ASSESSED"));
        }
        asPortal().get(ORDERS + "/" + broken).then()
                .body("status", equalTo("RECEIVED"))
                .body("timeline", hasSize(1));
        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord("order.decided.dlq",
                record -> broken.toString().equals(record.key()), PATIENCE);
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("order.decided.v1.schema.json").contains("/decision"));
    }

    private static UUID submitted() {
        String id = submit(newKey(), ValidOrders.json(ValidOrders.node("BE-READ-" + UUID.randomUUID())))
                .then().statusCode(202).extract().path("id");
        return UUID.fromString(id);
    }

    private static Order orderOf(UUID id) {
        String json = asPortal().get(ORDERS + "/" + id).then().statusCode(200).extract().asString();
        try {
            return EventJson.mapper().treeToValue(EventJson.mapper().readTree(json).get("order"), Order.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void awaitStatus(UUID id, String status, int timelineSteps) {
        eventually(PATIENCE, () -> asPortal().get(ORDERS + "/" + id).then()
                .body("status", equalTo(status))
                .body("timeline", hasSize(timelineSteps)));
    }

    private static void awaitTimeline(UUID id, int timelineSteps) {
        eventually(PATIENCE, () -> asPortal().get(ORDERS + "/" + id).then().body("timeline", hasSize(timelineSteps)));
    }

    private static Assessment assessment() {
        return assessment("test-rulebook-1");
    }

    private static Assessment assessment(String rulebookVersion) {
        return assessment(rulebookVersion, "2017-12-02T00:00:00Z");
    }

    private static Assessment assessment(String rulebookVersion, String assessedAt) {
        return new Assessment(rulebookVersion, LocalDate.of(2017, 12, 1), "ELECTRONIC_COMMUNICATIONS_OPERATOR",
                List.of("BE-CCP-88BIS"), List.of(), List.of(), Instant.parse("2017-12-11T00:00:00Z"),
                Instant.parse(assessedAt));
    }

    private static OrderLocated located(UUID id, Order order) {
        return located(id, order, assessment());
    }

    private static OrderLocated located(UUID id, Order order, Assessment assessment) {
        return new OrderLocated(id, order, assessment,
                List.of(new StorageLocation(DataCategory.TRAFFIC, "US", "us-west-2", "Skype Inc.",
                        StorageLocation.Role.PRIMARY, "acct-1")),
                List.of(), Instant.parse("2017-12-03T00:00:00Z"));
    }

    private static Decision preserved(Instant expiresAt) {
        return new Decision(List.of(new Decision.CategoryOutcome(DataCategory.SUBSCRIBER, "IE", Outcome.PRESERVE,
                List.of(new Ground("EEVID_PRESERVATION", "Regulation (EU) 2023/1543, Art. 11", "preserve")),
                expiresAt)), "test-rulebook-1", Instant.parse("2026-12-03T00:00:00Z"));
    }

    private static Decision decision() {
        return decision("test-rulebook-1");
    }

    private static Decision decision(String rulebookVersion) {
        return new Decision(List.of(
                new Decision.CategoryOutcome(DataCategory.TRAFFIC, "US", Outcome.RELEASE, List.of(TRAFFIC_GROUND)),
                new Decision.CategoryOutcome(DataCategory.CONTENT, "IE", Outcome.REDIRECT,
                        List.of(EXTRATERRITORIAL, MLAT))),
                rulebookVersion, Instant.parse("2017-12-04T00:00:00Z"));
    }
}
