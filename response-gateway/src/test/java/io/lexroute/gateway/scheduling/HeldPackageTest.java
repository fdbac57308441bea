package io.lexroute.gateway.scheduling;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.PassedDeadlineService;
import io.lexroute.gateway.ReleaseService;
import io.lexroute.gateway.domain.CustodyAction;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A package uploaded while its release task is held for the notified State's window is kept back from the issuing
 * authority until the window ends and the outcome is released, and discarded if the outcome is refused or the task
 * comes to ask for other data. Runs with the passed-deadline check every second (PassedDeadlineTest's profile), so
 * that a deadline told at the window's end would show.
 */
@QuarkusTest
@TestProfile(PassedDeadlineTest.ShortCheckInterval.class)
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class HeldPackageTest {

    private static final String PACKAGE = ProviderTasks.PACKAGE;
    private static final String MANIFEST = "/api/v1/orders/{orderId}/packages";
    private static final String DOWNLOAD = MANIFEST + "/{packageId}";
    private static final String AUDIT = "/api/v1/orders/{orderId}/audit";
    private static final Duration TICKS = Duration.ofSeconds(4);

    private final Pipeline pipeline = new Pipeline();

    @Inject
    ReleaseService release;

    @Inject
    DataPackageRepository packages;

    @Inject
    PassedDeadlineService deadlines;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void aPackageUploadedDuringTheWindowReachesTheAuthorityOnlyAtItsEndAndTheTaskIsNeverOverdue() {
        UUID orderId = UUID.randomUUID();
        // The window ends at the answer deadline, as for a notified order (Art. 10).
        Instant windowEnds = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(windowEnds)
                .heldUntil(CONTENT, "NL", 240, windowEnds);
        String task = ProviderTasks.heldTaskOnceDecided(pipeline, order);
        byte[] bytes = "mailbox export".getBytes(StandardCharsets.UTF_8);
        String taskUpdatedAt = As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).extract().path("releaseTasks[0].updatedAt");

        String packageId = As.provider(order.provider()).contentType("text/csv").header("X-Package-Name", "mail.csv")
                .header("X-Content-SHA256", sha256(bytes)).header("If-Match", "\"1\"").body(bytes)
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(201)
                .body("sha256", equalTo(sha256(bytes)))
                .body("$", not(hasKey("releasedAt")))
                .body("$", not(hasKey("download")))
                .header("Location", nullValue())
                .extract().path("id");

        // One package per task, held or not; the not-found report waits for the window's end.
        As.provider(order.provider()).contentType("text/csv").body(new byte[] {1})
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(409).body("detail", containsString("already has its package " + packageId));
        As.provider(order.provider()).contentType(ContentType.JSON).body("{}")
                .when().post(ProviderTasks.TASKS + "/{taskId}/not-found", order.provider(), task)
                .then().statusCode(409).body("detail", containsString("held until " + windowEnds));
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("HELD"))
                .body("[0].heldPackage.id", equalTo(packageId))
                .body("[0].heldPackage.size", equalTo(bytes.length))
                .body("[0].heldPackage.sha256", equalTo(sha256(bytes)))
                .body("[0].heldPackage.releasesAt", equalTo(windowEnds.toString()))
                .body("[0]", not(hasKey("uploadLink")));
        // The issuing authority sees nothing of it, as of a package that does not exist.
        As.submitter().when().get(MANIFEST, orderId).then().statusCode(200).body("packages", hasSize(0));
        As.submitter().when().get(DOWNLOAD, orderId, packageId).then().statusCode(404);
        As.submitter().when().head(DOWNLOAD, orderId, packageId).then().statusCode(404);
        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200).body("releaseTasks[0]", not(hasKey("heldPackage")))
                .body("releaseTasks[0].updatedAt", equalTo(taskUpdatedAt));
        assertThat(pipeline.countPackagesReceived(orderId, Duration.ofSeconds(2))).as("nothing published while held")
                .isZero();
        assertThat(Path.of("target/test-packages", orderId.toString(), packageId)).exists();

        // Re-assessed with a window, and deadline, that ended a minute ago: the hold timer releases the outcome.
        Instant ended = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(LocatedOrders.order(orderId).answerDeadline(ended).heldUntil(CONTENT, "NL", 240, ended).build());
        assertThat(pipeline.awaitDecided(orderId, 3).status()).isEqualTo(OrderStatus.RELEASED);

        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.DELIVERED);
        OrderPackageReceived published = pipeline.awaitPackageReceived(orderId, UUID.fromString(packageId));
        assertThat(published.sha256()).isEqualTo(sha256(bytes));
        assertThat(published.receivedAt()).as("arrived for the authority at the window's end").isAfter(ended);
        deadlines.tellPassedDeadlines();
        assertThat(pipeline.countPackagesReceived(orderId, TICKS)).isEqualTo(1);
        assertThat(pipeline.countDeadlinesPassed(orderId, Duration.ofSeconds(1)))
                .as("the task went from held to uploaded: nothing was ever awaited past the deadline").isZero();
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=UPLOADED", order.provider())
                .then().statusCode(200).body("id", equalTo(List.of(task))).body("[0].overdue", equalTo(false))
                .body("[0]", not(hasKey("heldPackage")));
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=OPEN", order.provider())
                .then().statusCode(200).body("$", hasSize(0));
        As.submitter().when().get(MANIFEST, orderId).then().statusCode(200)
                .body("packages.id", equalTo(List.of(packageId)))
                .body("packages[0].releasedAt", equalTo(published.receivedAt().toString()));
        assertThat(As.submitter().when().get(DOWNLOAD, orderId, packageId).then().statusCode(200).extract()
                .asByteArray()).isEqualTo(bytes);
        assertThat(release.custodyOf(UUID.fromString(packageId))).extracting(event -> event.action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.RELEASED, CustodyAction.DOWNLOADED);
        JsonPath audit = As.operator().when().get(AUDIT, orderId).then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("action", String.class)).contains("PACKAGE_ACCEPTED", "PACKAGE_RELEASED")
                .doesNotContain("DEADLINE_PASSED", "PACKAGE_DISCARDED");
        assertThat(audit.getBoolean("find { it.action == 'PACKAGE_ACCEPTED' }.details.held")).isTrue();
        assertThat(audit.getString("find { it.action == 'PACKAGE_RELEASED' }.details.packageId"))
                .isEqualTo(packageId);
    }

    @Test
    void aPackageHeldWhenTheNotifiedStateObjectsIsDiscardedAndNeverReachesTheAuthority() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 240);
        String task = ProviderTasks.heldTaskOnceDecided(pipeline, order);
        String packageId = ProviderTasks.uploadCsv(order.provider(), task, new byte[] {4, 5, 6});
        Path file = Path.of("target/test-packages", orderId.toString(), packageId);
        assertThat(file).exists();

        As.reviewer().contentType(ContentType.JSON)
                .body("{\"authority\": \"Officier van justitie, Amsterdam\", \"grounds\": \"Immunity.\"}")
                .when().post("/api/v1/orders/{orderId}/holds/objection", orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));

        assertThat(Files.exists(file)).as("the bytes are deleted").isFalse();
        DataPackageEntity row = QuarkusTransaction.requiringNew()
                .call(() -> packages.findById(UUID.fromString(packageId)));
        assertThat(row.discardedAt).isNotNull();
        assertThat(row.releasedAt).isNull();
        assertThat(row.discardReason).contains("REFUSE", "ENFORCING_STATE_OBJECTION");
        assertThat(row.bytesDeletedAt).as("the bytes are known to be gone").isNotNull();
        assertThat(release.custodyOf(UUID.fromString(packageId))).extracting(event -> event.action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.DISCARDED);
        JsonPath audit = As.operator().when().get(AUDIT, orderId).then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("action", String.class)).contains("PACKAGE_DISCARDED")
                .doesNotContain("PACKAGE_RELEASED");
        assertThat(audit.getString("find { it.action == 'PACKAGE_DISCARDED' }.details.cause")).startsWith("objection:");
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REFUSED);
        assertThat(pipeline.countPackagesReceived(orderId, Duration.ofSeconds(2))).isZero();
        As.submitter().when().get(MANIFEST, orderId).then().statusCode(200).body("packages", hasSize(0));
        As.submitter().when().get(DOWNLOAD, orderId, packageId).then().statusCode(404);
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=CANCELLED", order.provider())
                .then().statusCode(200).body("id", equalTo(List.of(task))).body("[0]", not(hasKey("heldPackage")));
    }

    @Test
    void aHeldPackageIsDiscardedWhenTheTaskComesToAskForOtherDataAndTheTaskTakesANewOne() {
        UUID orderId = UUID.randomUUID();
        Instant windowEnds = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 240, windowEnds);
        String task = ProviderTasks.heldTaskOnceDecided(pipeline, order);
        String first = ProviderTasks.uploadCsv(order.provider(), task, new byte[] {7});

        // Located again with another account: the package answers what the task no longer asks for.
        pipeline.send(LocatedOrders.order(orderId).heldUntil(CONTENT, "NL", 240, windowEnds)
                .alsoHeldFor("acct-other", CONTENT, "NL").build());
        pipeline.awaitDecided(orderId, 2);

        // Deleted and recorded just after the consumer's transaction commits, which may be a moment after revision 2
        // is read.
        Pipeline.eventually(() -> Optional.ofNullable(QuarkusTransaction.requiringNew()
                .call(() -> packages.findById(UUID.fromString(first))).bytesDeletedAt), "the bytes known to be gone");
        assertThat(Path.of("target/test-packages", orderId.toString(), first)).doesNotExist();
        assertThat(release.custodyOf(UUID.fromString(first))).extracting(event -> event.action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.DISCARDED);
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200).body("[0].revision", equalTo(2)).body("[0]", not(hasKey("heldPackage")));
        As.provider(order.provider()).contentType("text/csv").header("If-Match", "\"1\"").body(new byte[] {8})
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(412);
        String second = As.provider(order.provider()).contentType("text/csv").header("If-Match", "\"2\"")
                .body(new byte[] {8})
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(201).extract().path("id");
        As.provider(order.provider()).when().get(ProviderTasks.TASKS + "?status=HELD", order.provider())
                .then().statusCode(200).body("[0].heldPackage.id", equalTo(second));
        assertThat(pipeline.countPackagesReceived(orderId, Duration.ofSeconds(1))).isZero();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
