package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.PreservationPeriodService;
import io.lexroute.gateway.domain.PreservationPeriod;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The period of a European Preservation Order as its issuing authority shapes it (Regulation (EU) 2023/1543, Art.
 * 11): one extension by 30 days, the confirmation that a request for production follows, the withdrawal, and the end
 * of the period, each publishing one decision revision whose preserved outcomes show the period's new end, and closing
 * the order once nothing else is awaited.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class AuthorityPreservationTest {

    private static final String TASKS = ProviderTasks.PRESERVATION_TASKS;
    private static final String PRESERVATION = "/api/v1/orders/{orderId}/preservation";
    private static final Instant UNTIL = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant EXTENDED = UNTIL.plus(Duration.ofDays(30));
    private static final String SUBMITTER = "authority " + LocatedOrders.SUBMITTED_BY;

    private final Pipeline pipeline = new Pipeline();

    @Inject
    PreservationTaskRepository preservations;

    @Inject
    PreservationPeriodService periods;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void theAuthorityExtendsThePeriodOnceAndTheProviderSeesTheNewEnd() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = preservedWithSubscriberDataConfirmed(orderId);
        As.submitter().when().get(PRESERVATION, orderId)
                .then().statusCode(200)
                .body("preserveUntil", equalTo(UNTIL.toString()))
                .body("extendedAt", nullValue())
                .body("tasks.status", containsInAnyOrder("PRESERVING", "OPEN"));

        // Sent twice at once (a double click): one extension, the other refused.
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> extend(orderId));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> extend(orderId));
        List<Response> answers = List.of(first.join(), second.join());
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response extended = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow();
        assertThat(extended.jsonPath().getString("preserveUntil")).isEqualTo(EXTENDED.toString());
        assertThat(extended.jsonPath().getString("extendedBy")).isEqualTo(SUBMITTER);
        Response refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("extended already");
        extend(orderId).then().statusCode(409);

        JsonPath seen = As.provider(order.provider()).when().get(TASKS, order.provider())
                .then().statusCode(200).extract().jsonPath();
        assertThat(seen.getList("preserveUntil", String.class)).containsOnly(EXTENDED.toString());
        assertThat(seen.getList("extendedAt", String.class)).doesNotContainNull();
        assertThat(seen.getString("find { it.dataCategory == 'SUBSCRIBER' }.status")).isEqualTo("PRESERVING");
        // One revision for the extension (the refused ones make none), every preserved outcome ending 30 days later.
        OrderDecided decided = pipeline.awaitDecided(orderId, 1);
        OrderDecided revised = revised(orderId, 2);
        assertPreserved(revised, EXTENDED, "PRESERVATION_EXTENDED");
        for (int i = 0; i < 2; i++) {
            List<Ground> grounds = revised.decision().outcomes().get(i).grounds();
            assertThat(grounds.get(0).reason()).contains(SUBMITTER).contains("until " + EXTENDED);
            assertThat(grounds.subList(1, grounds.size())).isEqualTo(decided.decision().outcomes().get(i).grounds());
        }
        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("PRESERVED"))
                .body("closed", nullValue())
                .body("decision.outcomes.preservationExpiresAt", contains(EXTENDED.toString(), EXTENDED.toString()));
        JsonPath audit = auditOf(orderId);
        assertThat(audit.getList("findAll { it.action == 'PRESERVATION_EXTENDED' }.actor"))
                .containsExactly(SUBMITTER);
        assertThat(audit.getString("find { it.action == 'PRESERVATION_EXTENDED' }.details.legalBasis"))
                .isEqualTo("Regulation (EU) 2023/1543, Art. 11");
    }

    @Test
    void aConfirmedRequestForProductionKeepsTheDataWithoutAnEndUntilTheAuthorityWithdrawsIt() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = decided(preservation(orderId).preserved(SUBSCRIBER, "IE", UNTIL));
        ProviderTasks.openPreservations(order.provider(), 1);

        As.submitter().contentType(ContentType.JSON).body("{\"reference\": \"" + "R".repeat(201) + "\"}")
                .when().post(PRESERVATION + "/production-request", orderId)
                .then().statusCode(400).body("violations[0].field", containsString("reference"));
        As.submitter().contentType(ContentType.JSON).body("{\"reference\": \"EPOC-2026-0042\\r\\nEPOC-2026-0043\"}")
                .when().post(PRESERVATION + "/production-request", orderId)
                .then().statusCode(400).body("violations[0].field", containsString("reference"));
        As.submitter().contentType(ContentType.JSON).body("{\"reference\": \"EPOC-2026-0042\"}")
                .when().post(PRESERVATION + "/production-request", orderId)
                .then().statusCode(200)
                .body("preserveUntil", nullValue())
                .body("productionRequestReference", equalTo("EPOC-2026-0042"))
                .body("productionRequestConfirmedBy", equalTo(SUBMITTER))
                .body("tasks[0].preserveUntil", nullValue());
        // Kept without an end: the revision's preserved outcome has no preservationExpiresAt, and its ground says why.
        OrderDecided kept = revised(orderId, 2);
        assertPreserved(kept, null, "PRODUCTION_REQUEST_CONFIRMED");
        assertThat(kept.decision().outcomes().get(0).grounds().get(0).reason()).contains("EPOC-2026-0042")
                .contains("no end date");
        As.submitter().contentType(ContentType.JSON).body("{}")
                .when().post(PRESERVATION + "/production-request", orderId)
                .then().statusCode(409).body("detail", containsString("confirmed already"));
        extend(orderId).then().statusCode(409).body("detail", containsString("request for production"));

        // A later location preserving more data keeps it for the production request too, and says so.
        pipeline.send(order.preserved(CONTENT, "IE", UNTIL).build());
        assertPreserved(pipeline.awaitDecided(orderId, 3), null, "PRODUCTION_REQUEST_CONFIRMED");
        JsonPath tasks = ProviderTasks.openPreservations(order.provider(), 2);
        assertThat(tasks.getList("preserveUntil")).containsOnlyNulls();
        assertThat(tasks.getList("periodEnded", Boolean.class)).containsOnly(false);
        assertThat(tasks.getList("productionRequestConfirmedAt", String.class)).doesNotContainNull();
        confirm(order, ProviderTasks.idOf(tasks, "SUBSCRIBER"));
        confirm(order, ProviderTasks.idOf(tasks, "CONTENT"));
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.PRESERVED);

        periods.endElapsedPeriods();
        As.provider(order.provider()).when().get(TASKS + "?status=PRESERVING", order.provider())
                .then().statusCode(200).body("size()", equalTo(2));

        String endedAt = As.submitter().when().post(PRESERVATION + "/withdrawal", orderId)
                .then().statusCode(200)
                .body("endReason", equalTo("WITHDRAWN"))
                .body("endedAt", notNullValue())
                .body("tasks.status", contains("ENDED", "ENDED"))
                .extract().path("endedAt");
        // The period's end made no revision (the data had none); the withdrawal makes one, ending both at once.
        OrderDecided withdrawn = revised(orderId, 4);
        assertPreserved(withdrawn, Instant.parse(endedAt), "PRESERVATION_WITHDRAWN");
        assertThat(withdrawn.decision().outcomes()).allSatisfy(outcome ->
                assertThat(outcome.grounds().get(1).code()).isEqualTo("PRODUCTION_REQUEST_CONFIRMED"));
        JsonPath ended = As.provider(order.provider()).when().get(TASKS + "?status=ENDED", order.provider())
                .then().statusCode(200).extract().jsonPath();
        assertThat(ended.getList("endReason", String.class)).containsOnly("WITHDRAWN");
        assertThat(ended.getList("periodEnded", Boolean.class)).containsOnly(true);
        As.submitter().when().post(PRESERVATION + "/withdrawal", orderId)
                .then().statusCode(409).contentType("application/problem+json");
        As.provider(order.provider()).when()
                .post(TASKS + "/{taskId}/confirmation", order.provider(), ProviderTasks.idOf(tasks, "CONTENT"))
                .then().statusCode(409);
        // Closed once, before: ending the tasks of a closed order changes nothing else, its status included.
        assertThat(pipeline.countClosed(orderId, Duration.ofSeconds(2))).isEqualTo(1);
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("revision", equalTo(4))
                .body("closed.status", equalTo("PRESERVED"));
    }

    @Test
    void aWithdrawalEndsAnUnconfirmedPreservationAndClosesTheOrderPreserved() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = decided(preservation(orderId).preserved(SUBSCRIBER, "IE", UNTIL));
        ProviderTasks.openPreservations(order.provider(), 1);
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("closed", nullValue());

        String endedAt = As.submitter().contentType(ContentType.JSON).body("{}")
                .when().post(PRESERVATION + "/withdrawal", orderId)
                .then().statusCode(200).body("endReason", equalTo("WITHDRAWN")).extract().path("endedAt");

        assertPreserved(revised(orderId, 2), Instant.parse(endedAt), "PRESERVATION_WITHDRAWN");
        OrderClosed closed = pipeline.awaitClosed(orderId);
        assertThat(closed.status()).isEqualTo(OrderStatus.PRESERVED);
        assertThat(closed.reason()).contains("without the provider confirming that it preserved SUBSCRIBER in IE");
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("closed.status", equalTo("PRESERVED"))
                .body("decision.outcomes[0].preservationExpiresAt", equalTo(endedAt))
                .body("preservationTasks[0].status", equalTo("ENDED"))
                .body("preservationTasks[0].endReason", equalTo("WITHDRAWN"))
                .body("preservationTasks[0].confirmationLink", nullValue());
        List<String> actions = auditOf(orderId).getList("action", String.class);
        assertThat(actions.subList(actions.size() - 3, actions.size()))
                .containsExactly("PRESERVATION_WITHDRAWN", "DECISION_REVISED", "ORDER_CLOSED");
        assertThat(pipeline.countClosed(orderId, Duration.ofSeconds(2))).isEqualTo(1);
        extend(orderId).then().statusCode(409).body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void theEndOfThePeriodEndsOpenAndConfirmedTasksAndClosesTheOrder() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = preservedWithSubscriberDataConfirmed(orderId);
        Instant passed = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew()
                .run(() -> preservations.update("preserveUntil = ?1 where orderId = ?2", passed, orderId));
        // "period ended", or "the duty to preserve ended" should the service's own check have ended it meanwhile.
        extend(orderId).then().statusCode(409).body("detail", containsString("ended"));
        As.submitter().contentType(ContentType.JSON).body("{}")
                .when().post(PRESERVATION + "/production-request", orderId)
                .then().statusCode(409);

        periods.endElapsedPeriods();

        // One revision for both tasks (whichever instance's check ended them), each ending when its period did.
        OrderDecided ended = revised(orderId, 2);
        assertPreserved(ended, passed, "PRESERVATION_PERIOD_ENDED");
        assertThat(ended.decision().outcomes().get(0).grounds().get(0).reason()).contains("ended at " + passed);
        periods.endElapsedPeriods();
        OrderClosed closed = pipeline.awaitClosed(orderId);
        assertThat(closed.status()).isEqualTo(OrderStatus.PRESERVED);
        // Only the task the provider never confirmed is named.
        assertThat(closed.reason()).contains("without the provider confirming that it preserved CONTENT in IE")
                .doesNotContain("SUBSCRIBER in IE");
        As.submitter().when().get(PRESERVATION, orderId)
                .then().statusCode(200)
                .body("endReason", equalTo("PERIOD_ENDED"))
                .body("tasks.status", contains("ENDED", "ENDED"));
        JsonPath audit = auditOf(orderId);
        assertThat(audit.getList("findAll { it.action == 'PRESERVATION_ENDED' }.details.providerConfirmed",
                Boolean.class)).containsExactlyInAnyOrder(true, false);
        assertThat(audit.getList("findAll { it.action == 'PRESERVATION_ENDED' }.actor", String.class))
                .containsOnly("response-gateway");
        List<String> actions = audit.getList("action", String.class);
        assertThat(actions.get(actions.size() - 1)).isEqualTo("ORDER_CLOSED");
        assertThat(actions.get(actions.size() - 2)).isEqualTo("DECISION_REVISED");
        assertThat(pipeline.countDecided(orderId, Duration.ofSeconds(2))).isEqualTo(2);
    }

    @Test
    void aLaterLocationKeepsTheExtension() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = decided(preservation(orderId).preserved(SUBSCRIBER, "IE", UNTIL)
                .preserved(TRAFFIC, "IE", UNTIL));
        String subscriber = ProviderTasks.idOf(ProviderTasks.openPreservations(order.provider(), 2), "SUBSCRIBER");
        confirm(order, subscriber);
        extend(orderId).then().statusCode(200);
        assertPreserved(revised(orderId, 2), EXTENDED, "PRESERVATION_EXTENDED");

        // The catalog now names a second account for the subscriber data, and content data too: the confirmed task
        // opens again and a new one opens, all three until the extended end.
        pipeline.send(order.alsoHeldFor("acct-second", SUBSCRIBER, "IE").preserved(CONTENT, "IE", UNTIL).build());
        // The fresh decision shows the extended end too, not the first one the location carries.
        OrderDecided relocated = pipeline.awaitDecided(orderId, 3);
        assertPreserved(relocated, EXTENDED, "PRESERVATION_EXTENDED");
        assertThat(relocated.decision().outcomes()).hasSize(3);

        JsonPath tasks = ProviderTasks.openPreservations(order.provider(), 3);
        assertThat(tasks.getList("preserveUntil", String.class)).containsOnly(EXTENDED.toString());
        assertThat(tasks.getList("extendedAt", String.class)).doesNotContainNull();
        assertThat(tasks.getInt("find { it.dataCategory == 'SUBSCRIBER' }.revision")).isEqualTo(3);
        As.submitter().when().get(PRESERVATION, orderId)
                .then().statusCode(200)
                .body("preserveUntil", equalTo(EXTENDED.toString()))
                .body("extendedBy", equalTo(SUBMITTER));
        extend(orderId).then().statusCode(409);
    }

    /** Revision {@code revision} of the order, and proof that it is the latest: one revision per change. */
    private OrderDecided revised(UUID orderId, int revision) {
        OrderDecided decided = pipeline.awaitDecided(orderId, revision);
        assertThat(pipeline.countDecided(orderId, Duration.ofSeconds(2))).isEqualTo(revision);
        return decided;
    }

    /** Every outcome still preserved until {@code expiresAt}, the change's ground first, citing Art. 11. */
    private static void assertPreserved(OrderDecided decided, Instant expiresAt, String groundCode) {
        assertThat(decided.status()).isEqualTo(OrderStatus.PRESERVED);
        assertThat(decided.decision().outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.outcome()).isEqualTo(Outcome.PRESERVE);
            assertThat(outcome.preservationExpiresAt()).isEqualTo(expiresAt);
            assertThat(outcome.grounds().get(0).code()).isEqualTo(groundCode);
            assertThat(outcome.grounds().get(0).citation()).isEqualTo(PreservationPeriod.LEGAL_BASIS);
        });
    }

    private static LocatedOrders preservation(UUID orderId) {
        return LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR);
    }

    /** Subscriber and content data preserved until {@link #UNTIL}; the provider confirmed the subscriber data's. */
    private LocatedOrders preservedWithSubscriberDataConfirmed(UUID orderId) {
        LocatedOrders order = decided(preservation(orderId).preserved(SUBSCRIBER, "IE", UNTIL)
                .preserved(CONTENT, "IE", UNTIL));
        confirm(order, ProviderTasks.idOf(ProviderTasks.openPreservations(order.provider(), 2), "SUBSCRIBER"));
        return order;
    }

    private LocatedOrders decided(LocatedOrders order) {
        OrderLocated located = order.build();
        pipeline.send(located);
        pipeline.awaitDecided(located.orderId(), 1);
        return order;
    }

    private static Response extend(UUID orderId) {
        return As.submitter().when().post(PRESERVATION + "/extension", orderId);
    }

    private static void confirm(LocatedOrders order, String taskId) {
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), taskId)
                .then().statusCode(200);
    }

    private static JsonPath auditOf(UUID orderId) {
        return As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200).extract().jsonPath();
    }
}
