package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.PRESERVE;
import static io.lexroute.contracts.Outcome.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.gateway.support.TaskListPages;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A European Preservation Order through the provider: a preservation task per preserved outcome, the provider's
 * confirmation (which closes the order once every task has one), and data it does not hold.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class PreservationTaskTest {

    private static final String TASKS = ProviderTasks.PRESERVATION_TASKS;
    private static final Instant UNTIL = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);

    private static final Ground CORRECTED_RULE = new Ground("TEST_CORRECTED_RULE", "Test rulebook",
            "A corrected rule refuses this category.");

    private final Pipeline pipeline = new Pipeline();

    @Inject
    PreservationTaskRepository preservations;

    @Inject
    GatewayConfig config;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void eachPreservedCopyGetsATaskAndTheOrderClosesPreservedOnceEveryOneIsConfirmed() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(CONTENT, "IE", UNTIL).alsoStoredIn(CONTENT, "US");
        pipeline.send(order.build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.PRESERVED);

        JsonPath tasks = ProviderTasks.openPreservations(order.provider(), 2);
        assertThat(tasks.getList("location", String.class)).containsExactlyInAnyOrder("IE", "US");
        String ireland = idAt(tasks, "IE");
        String unitedStates = idAt(tasks, "US");
        assertThat(tasks.getString("find { it.location == 'IE' }.preserveUntil")).isEqualTo(UNTIL.toString());
        assertThat(tasks.getBoolean("find { it.location == 'IE' }.periodEnded")).isFalse();
        assertThat(tasks.getList("find { it.location == 'IE' }.scope.accountIds", String.class))
                .containsExactly("acct-" + orderId);
        assertThat(tasks.getList("find { it.location == 'IE' }.scope.sites", String.class))
                .containsExactly("ie-site-1");
        As.provider(order.provider()).when().get(ProviderTasks.TASKS, order.provider())
                .then().statusCode(200).body("$", hasSize(0));
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("closed", nullValue())
                .body("preservationTasks.status", contains("OPEN", "OPEN"));

        // The link the task gives is the one to use.
        String link = URI.create(tasks.getString("find { it.location == 'IE' }.confirmationLink")).getPath();
        assertThat(link).endsWith("/preservation-tasks/" + ireland + "/confirmation");
        As.provider(order.provider()).when().post(link)
                .then().statusCode(200)
                .body("status", equalTo("PRESERVING"))
                .body("confirmedBy", equalTo("provider " + order.provider()))
                .body("confirmationLink", nullValue());
        // A retried confirmation gets the same answer and records nothing more.
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), ireland)
                .then().statusCode(200).body("status", equalTo("PRESERVING"));
        assertThat(pipeline.countClosed(orderId, Duration.ofSeconds(2))).isZero();

        As.provider(order.provider()).header("If-Match", "\"1\"")
                .when().post(TASKS + "/{taskId}/confirmation", order.provider(), unitedStates)
                .then().statusCode(200).body("status", equalTo("PRESERVING"));

        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.PRESERVED);
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("closed.status", equalTo("PRESERVED"))
                .body("preservationTasks.status", contains("PRESERVING", "PRESERVING"))
                .body("preservationTasks.confirmedAt.size()", equalTo(2));
        List<String> actions = As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200).extract().jsonPath().getList("action", String.class);
        assertThat(actions.stream().filter("PRESERVATION_CONFIRMED"::equals)).hasSize(2);
        assertThat(actions.get(actions.size() - 1)).isEqualTo("ORDER_CLOSED");
        // Confirmed data cannot be reported missing afterwards.
        As.provider(order.provider()).contentType(ContentType.JSON).body("{}")
                .when().post(TASKS + "/{taskId}/not-found", order.provider(), ireland)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void dataTheProviderDoesNotHoldIsRefusedAsNotHeldAndTheRestStillCloses() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", UNTIL).preserved(TRAFFIC, "IE", UNTIL);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        JsonPath tasks = ProviderTasks.openPreservations(order.provider(), 2);
        String traffic = ProviderTasks.idOf(tasks, "TRAFFIC");
        String subscriber = ProviderTasks.idOf(tasks, "SUBSCRIBER");

        As.provider(order.provider()).contentType(ContentType.JSON)
                .body("{\"note\": \"Traffic data is kept for 30 days only.\"}")
                .when().post(TASKS + "/{taskId}/not-found", order.provider(), traffic)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("PRESERVED"));

        OrderDecided revised = pipeline.awaitDecided(orderId, 2);
        assertThat(revised.decision().outcomes())
                .extracting(CategoryOutcome::dataCategory, CategoryOutcome::outcome,
                        CategoryOutcome::preservationExpiresAt)
                .containsExactly(tuple(SUBSCRIBER, PRESERVE, UNTIL), tuple(TRAFFIC, REFUSE, null));
        assertThat(revised.decision().outcomes().get(1).grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("DATA_NOT_HELD");
            assertThat(ground.citation()).contains("Annex III");
            assertThat(ground.reason()).contains("kept for 30 days only");
        });
        As.provider(order.provider()).when().get(TASKS + "?status=NOT_FOUND", order.provider())
                .then().statusCode(200).body("id", contains(traffic));
        assertThat(pipeline.countClosed(orderId, Duration.ofSeconds(2))).isZero();

        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), subscriber)
                .then().statusCode(200);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.PRESERVED);
    }

    @Test
    void aLaterLocationNamingOtherAccountsAsksForConfirmationAgain() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", UNTIL).preserved(CONTENT, "IE", UNTIL);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        String subscriber = ProviderTasks.idOf(ProviderTasks.openPreservations(order.provider(), 2), "SUBSCRIBER");
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), subscriber)
                .then().statusCode(200);

        // The provider corrected its catalog: a second account holds subscriber data too.
        pipeline.send(order.alsoHeldFor("acct-second", SUBSCRIBER, "IE").build());
        pipeline.awaitDecided(orderId, 2);

        JsonPath reopened = ProviderTasks.openPreservations(order.provider(), 2);
        assertThat(reopened.getInt("find { it.id == '" + subscriber + "' }.revision")).isEqualTo(2);
        assertThat(reopened.getList("find { it.id == '" + subscriber + "' }.scope.accountIds", String.class))
                .containsExactly("acct-" + orderId, "acct-second");
        assertThat(reopened.getString("find { it.id == '" + subscriber + "' }.confirmedAt")).isNull();
        // A confirmation of what the task asked before is refused: it no longer covers the task.
        As.provider(order.provider()).header("If-Match", "\"1\"")
                .when().post(TASKS + "/{taskId}/confirmation", order.provider(), subscriber)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void aLaterLocationKeepsAConfirmationOfTheSameScopeAndCancelsWhatItNoLongerPreserves() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", UNTIL).preserved(CONTENT, "IE", UNTIL);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        JsonPath tasks = ProviderTasks.openPreservations(order.provider(), 2);
        String subscriber = ProviderTasks.idOf(tasks, "SUBSCRIBER");
        String content = ProviderTasks.idOf(tasks, "CONTENT");
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), subscriber)
                .then().statusCode(200);

        // Located again as before (a re-assessment that changed nothing here): the confirmation stands.
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 2);
        As.provider(order.provider()).when().get(TASKS + "?status=PRESERVING", order.provider())
                .then().statusCode(200).body("id", contains(subscriber)).body("[0].revision", equalTo(1));

        // A corrected rule refuses the subscriber data: the order no longer asks the provider to keep it.
        pipeline.send(LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .refused(SUBSCRIBER, "IE", CORRECTED_RULE).preserved(CONTENT, "IE", UNTIL).build());
        pipeline.awaitDecided(orderId, 3);
        As.provider(order.provider()).when().get(TASKS + "?status=CANCELLED", order.provider())
                .then().statusCode(200).body("id", contains(subscriber));
        assertThat(pipeline.countClosed(orderId, Duration.ofSeconds(2))).isZero();

        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), content)
                .then().statusCode(200);
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.PRESERVED);
    }

    @Test
    void dataReportedNotFoundAfterTheOrderClosedIsRecordedAndTheAnswerStands() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", UNTIL);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        String confirmed = ProviderTasks.idOf(ProviderTasks.openPreservations(order.provider(), 1), "SUBSCRIBER");
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), confirmed)
                .then().statusCode(200);
        pipeline.awaitClosed(orderId);
        // As Flyway V14 opens a task for an order preserved, and closed, before preservation tasks existed.
        UUID backfilled = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            PreservationTaskEntity task = new PreservationTaskEntity();
            task.id = backfilled;
            task.orderId = orderId;
            task.provider = order.provider();
            task.dataCategory = CONTENT;
            task.country = "NL";
            task.status = PreservationTaskStatus.OPEN;
            task.writeScope(new TaskScope(List.of("acct-" + orderId), List.of(), List.of(), null));
            task.preserveUntil = UNTIL;
            task.decisionRevision = 1;
            task.createdAt = Instant.now();
            task.updatedAt = Instant.now();
            preservations.persist(task);
        });

        As.provider(order.provider()).contentType(ContentType.JSON).body("{\"note\": \"Never stored in NL.\"}")
                .when().post(TASKS + "/{taskId}/not-found", order.provider(), backfilled)
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("status", equalTo("PRESERVED"));

        As.provider(order.provider()).when().get(TASKS + "?status=NOT_FOUND", order.provider())
                .then().statusCode(200).body("id", contains(backfilled.toString()));
        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("revision", equalTo(1)).body("closed.status", equalTo("PRESERVED"));
        JsonPath audit = As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(audit.getString("find { it.action == 'NOT_FOUND_AFTER_CLOSURE' }.details.note"))
                .isEqualTo("Never stored in NL.");
        assertThat(audit.getList("action", String.class).stream().filter("DECISION_REVISED"::equals)).hasSize(1);
    }

    @Test
    void aConfirmationAfterThePeriodEndedIsRefused() throws InterruptedException {
        UUID orderId = UUID.randomUUID();
        Instant soon = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", soon);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        String task = ProviderTasks.openPreservations(order.provider(), 1).getString("[0].id");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis() + 200));

        // Whether or not the period's check has ended the task yet, nothing is confirmed kept past its end.
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), task)
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> preservations.findById(UUID.fromString(task)).status))
                .isNotEqualTo(PreservationTaskStatus.PRESERVING);
    }

    @Test
    void onlyTheProvidersOwnIntegrationReachesItsTasks() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", UNTIL);
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);
        String task = ProviderTasks.openPreservations(order.provider(), 1).getString("[0].id");

        As.provider("someone-else").when().get(TASKS, order.provider())
                .then().statusCode(403).contentType("application/problem+json");
        As.provider("someone-else").when().post(TASKS + "/{taskId}/confirmation", "someone-else", task)
                .then().statusCode(403)
                .body("detail", equalTo("Preservation task " + task + " is not a task of provider 'someone-else'."));
        As.provider(order.provider()).when()
                .post(TASKS + "/{taskId}/confirmation", order.provider(), UUID.randomUUID())
                .then().statusCode(403);
        As.submitter().when().post(TASKS + "/{taskId}/confirmation", order.provider(), task)
                .then().statusCode(403);
        As.provider(order.provider()).when().get(TASKS + "?status=DONE", order.provider())
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        As.provider(order.provider()).when().post(TASKS + "/{taskId}/confirmation", order.provider(), "not-a-uuid")
                .then().statusCode(400);
        As.provider(order.provider()).when().get(TASKS + "?status=OPEN", order.provider())
                .then().statusCode(200).body("id", contains(task)).body("[0].notFoundLink", endsWith("/not-found"));
    }

    @Test
    void preservationTasksAreListedAPageAtATimeEachOnceAndNeverAnotherProvidersTask() {
        String provider = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        String neighbour = "neighbour-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .instrument(Instrument.EPOC_PR).preserved(SUBSCRIBER, "IE", UNTIL).alsoStoredIn(SUBSCRIBER, "NL"));
        TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(neighbour)
                .instrument(Instrument.EPOC_PR).preserved(SUBSCRIBER, "IE", UNTIL));
        UUID second = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .instrument(Instrument.EPOC_PR).preserved(TRAFFIC, "US", UNTIL));
        List<String> created = TaskListPages.tasksOf("preservationTasks", first, second);
        assertThat(created).hasSize(3);

        List<String> all = TaskListPages.wholeList(TASKS, provider, created).getList("id");
        TaskListPages.assertPagesOfTwo(TASKS, provider, neighbour, config.publicUrl(), all, 2, 1);

        String confirmed = all.get(1);
        As.provider(provider).when().post(TASKS + "/{taskId}/confirmation", provider, confirmed)
                .then().statusCode(200);
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=PRESERVING")).containsExactly(confirmed);
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=OPEN&size=1"))
                .containsExactly(all.get(0), all.get(2));
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=PRESERVING&status=OPEN&size=1"))
                .isEqualTo(all);
        TaskListPages.assertBadParametersRefused(TASKS, config.providerTaskPageSize(), "DONE");
    }

    @Test
    void aProviderConfirmingAsItWorksThroughItsOpenTasksPageByPageMissesNone() {
        String provider = "working-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .instrument(Instrument.EPOC_PR).preserved(SUBSCRIBER, "IE", UNTIL).alsoStoredIn(SUBSCRIBER, "NL"));
        UUID second = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .instrument(Instrument.EPOC_PR).preserved(TRAFFIC, "US", UNTIL));
        UUID third = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .instrument(Instrument.EPOC_PR).preserved(SUBSCRIBER, "FR", UNTIL).alsoStoredIn(SUBSCRIBER, "DE"));
        List<String> open = TaskListPages.wholeList(TASKS, provider,
                TaskListPages.tasksOf("preservationTasks", first, second, third)).getList("id");
        assertThat(open).hasSize(5);

        TaskListPages.assertWorkingThroughOpenTasksMissesNone(TASKS, provider, open,
                task -> As.provider(provider).when().post(TASKS + "/{taskId}/confirmation", provider, task)
                        .then().statusCode(200));
        As.provider(provider).when().get(TASKS + "?status=OPEN", provider)
                .then().statusCode(200).body("$", hasSize(0));
    }

    private static String idAt(JsonPath tasks, String location) {
        return tasks.getString("find { it.location == '" + location + "' }.id");
    }
}
