package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.ReleaseService;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.CustodyAction;
import io.lexroute.gateway.persistence.CustodyEventEntity;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.gateway.support.TaskListPages;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RELEASE end to end on real Kafka and PostgreSQL: task, upload, hash, manifest, download, DELIVERED. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class ReleasePathTest {

    private static final String TASKS = ProviderTasks.TASKS;
    private static final String PACKAGE = ProviderTasks.PACKAGE;
    private static final String NOT_FOUND = TASKS + "/{taskId}/not-found";
    private static final String ELSEWHERE = "someone-else";

    private final Pipeline pipeline = new Pipeline();

    @Inject
    ReleaseService release;

    @Inject
    GatewayConfig config;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void releasedDataIsUploadedHashedListedDownloadedAndTheOrderDelivered() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US").released(TRAFFIC, "IE");
        pipeline.send(order.build());
        assertThat(pipeline.awaitDecided(orderId, 1).status()).isEqualTo(OrderStatus.RELEASED);

        JsonPath tasks = ProviderTasks.open(order.provider(), 2);
        String firstTask = config.publicUrl() + "/api/v1/providers/" + order.provider() + "/release-tasks/"
                + tasks.getString("[0].id");
        assertThat(tasks.getString("[0].uploadLink")).as("absolute, as the download link").isEqualTo(firstTask
                + "/package");
        assertThat(tasks.getString("[0].notFoundLink")).isEqualTo(firstTask + "/not-found");
        String subscriberTask = ProviderTasks.idOf(tasks, "SUBSCRIBER");
        String trafficTask = ProviderTasks.idOf(tasks, "TRAFFIC");
        assertThat(tasks.getList("orderId")).containsOnly(orderId.toString());
        assertThat(tasks.getList("overdue")).containsOnly(false);
        assertThat(tasks.getList("scope.accountIds.flatten()")).containsOnly("acct-" + orderId);
        assertThat(tasks.getString("find { it.dataCategory == 'TRAFFIC' }.location")).isEqualTo("IE");

        // Another provider sees none of it, and is refused its tasks exactly as a task that does not exist.
        As.provider(ELSEWHERE).when().get(TASKS, ELSEWHERE).then().statusCode(200).body("id", not(hasItem(subscriberTask)));
        As.provider(ELSEWHERE).contentType("text/csv").body(new byte[] {1, 2, 3})
                .when().put(PACKAGE, ELSEWHERE, subscriberTask)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        As.provider(ELSEWHERE).contentType(ContentType.JSON).body("{}")
                .when().post(NOT_FOUND, ELSEWHERE, subscriberTask)
                .then().statusCode(403).contentType("application/problem+json");
        // PostgreSQL stores no NUL character: named as the field's fault, not a 500, and the task stays open.
        As.provider(order.provider()).contentType(ContentType.JSON).body("{\"note\": \"nothing\\u0000here\"}")
                .when().post(NOT_FOUND, order.provider(), subscriberTask)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("note"))
                .body("violations[0].message", equalTo("must not contain the NUL character (U+0000)"));

        byte[] subscriberBytes = bytes(3_000, 1);
        As.provider(order.provider()).contentType("text/csv").header("X-Package-Name", "subscriber.csv").body(subscriberBytes)
                .when().put(PACKAGE, order.provider(), subscriberTask)
                .then().statusCode(201)
                .header("X-Content-SHA256", sha256(subscriberBytes))
                .header("Location", startsWith("http"))
                .body("name", equalTo("subscriber.csv"))
                .body("size", equalTo(3_000))
                .body("sha256", equalTo(sha256(subscriberBytes)))
                .body("contentType", startsWith("text/csv"));

        As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200)
                .body("packages", hasSize(1))
                .body("awaiting", hasSize(1))
                .body("awaiting[0].id", equalTo(trafficTask))
                .body("closed", nullValue());

        // Larger than the REST layer's in-memory buffer, so it is streamed; its hash declared by the provider.
        byte[] trafficBytes = bytes(40_000, 2);
        As.provider(order.provider()).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"traffic records.zip\"")
                .header("X-Content-SHA256", sha256(trafficBytes))
                .body(trafficBytes)
                .when().put(PACKAGE, order.provider(), trafficTask)
                .then().statusCode(201).body("name", equalTo("traffic records.zip"));
        As.provider(order.provider()).contentType("text/csv").body(subscriberBytes)
                .when().put(PACKAGE, order.provider(), subscriberTask)
                .then().statusCode(409).contentType("application/problem+json");

        OrderClosed closed = pipeline.awaitClosed(orderId);
        assertThat(closed.status()).isEqualTo(OrderStatus.DELIVERED);

        JsonPath manifest = As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200)
                .body("packages", hasSize(2))
                .body("awaiting", hasSize(0))
                .body("closed.status", equalTo("DELIVERED"))
                .extract().jsonPath();
        Map<String, byte[]> sent = Map.of("subscriber.csv", subscriberBytes, "traffic records.zip", trafficBytes);
        for (Map<String, Object> pkg : manifest.<Map<String, Object>>getList("packages")) {
            byte[] expected = sent.get((String) pkg.get("name"));
            assertThat(pkg.get("sha256")).isEqualTo(sha256(expected));
            assertThat(((Number) pkg.get("size")).longValue()).isEqualTo(expected.length);
            assertThat(pkg.get("receivedAt")).isNotNull();
            assertThat((String) pkg.get("download")).as("the manifest's link is absolute, from the public URL")
                    .isEqualTo(config.publicUrl() + "/api/v1/orders/" + orderId + "/packages/" + pkg.get("id"));
            Response head = As.submitter().when().head(pathOf(pkg.get("download")));
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.header("X-Content-SHA256")).isEqualTo(sha256(expected));
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(expected.length));
            assertThat(head.asByteArray()).isEmpty();
            Response download = As.submitter().when().get(pathOf(pkg.get("download")));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.asByteArray()).isEqualTo(expected);
            assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256(expected));
            assertThat(download.header("Digest")).isEqualTo("sha-256=" + base64Sha256(expected));
            assertThat(download.header("Content-Type")).startsWith("application/octet-stream");
            assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                    .contains(pkg.get("name").toString());

            // Published for request-intake's manifest, with an absolute link to the same download.
            OrderPackageReceived published = pipeline.awaitPackageReceived(orderId,
                    UUID.fromString((String) pkg.get("id")));
            assertThat(published.name()).isEqualTo(pkg.get("name"));
            assertThat(published.size()).isEqualTo(expected.length);
            assertThat(published.sha256()).isEqualTo(sha256(expected));
            assertThat(published.dataCategory()).hasToString((String) pkg.get("dataCategory"));
            assertThat(published.location()).isEqualTo(pkg.get("location"));
            assertThat(published.downloadLink()).startsWith("http://").isEqualTo(pkg.get("download"));

            List<CustodyEventEntity> custody = release.custodyOf(UUID.fromString((String) pkg.get("id")));
            assertThat(custody).extracting(event -> event.action)
                    .as("a HEAD hands nothing over")
                    .containsExactly(CustodyAction.RECEIVED, CustodyAction.DOWNLOADED);
            assertThat(custody.get(0).actor).contains(order.provider());
            assertThat(custody.get(1).actor).isEqualTo("authority " + LocatedOrders.SUBMITTED_BY);
            assertThat(custody).allSatisfy(event -> {
                assertThat(event.sha256).isEqualTo(sha256(expected));
                assertThat(event.sizeBytes).isEqualTo(expected.length);
            });
        }

        As.submitter().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("closed.status", equalTo("DELIVERED"))
                .body("overdue", equalTo(false))
                .body("releaseTasks.status", everyItem(equalTo("UPLOADED")));
        assertThat(pipeline.countClosed(orderId, Duration.ofSeconds(2))).isEqualTo(1);
        assertThat(pipeline.countPackagesReceived(orderId, Duration.ofSeconds(2)))
                .as("one event per accepted package; the refused second upload published nothing").isEqualTo(2);
    }

    @Test
    void aPackageOverTheLimitIsRefusedWith413AndTheTaskStaysOpen() throws IOException {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "LU");
        String task = ProviderTasks.openTaskOnceDecided(pipeline, order, "SUBSCRIBER");

        As.provider(order.provider()).contentType("application/octet-stream").body(bytes(64 * 1024 + 1, 3))
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("violations[0].field", equalTo("body"));
        // Without a Content-Length the limit is enforced while streaming.
        As.provider(order.provider()).contentType("application/octet-stream")
                .body(new ByteArrayInputStream(bytes(64 * 1024 + 1, 5)))
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(413).contentType("application/problem+json");
        byte[] good = bytes(64 * 1024, 4);
        As.provider(order.provider()).contentType("application/octet-stream").header("X-Content-SHA256", sha256(new byte[] {9}))
                .body(good)
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("X-Content-SHA256"));
        As.provider(order.provider()).contentType("application/octet-stream").header("X-Content-SHA256", "not-a-hash").body(good)
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(400).body("violations[0].field", equalTo("X-Content-SHA256"));
        As.provider(order.provider()).contentType("application/octet-stream").body(new byte[0])
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(400).contentType("application/problem+json");
        As.provider(order.provider()).contentType("application/octet-stream").body(good)
                .when().put(PACKAGE, order.provider(), "not-a-uuid")
                .then().statusCode(400).body("violations[0].field", equalTo("taskId"));

        ProviderTasks.open(order.provider(), 1);
        Path orderDir = Path.of("target/test-packages", orderId.toString());
        if (Files.exists(orderDir)) {
            try (Stream<Path> files = Files.list(orderDir)) {
                assertThat(files).isEmpty();
            }
        }

        As.provider(order.provider()).contentType("application/octet-stream").body(good)
                .when().put(PACKAGE, order.provider(), task)
                .then().statusCode(201).body("size", equalTo(64 * 1024));
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(pipeline.countPackagesReceived(orderId, Duration.ofSeconds(2)))
                .as("only the accepted upload is published").isEqualTo(1);
    }

    @Test
    void tasksPastTheAnswerDeadlineAreFlaggedOverdueAndCounted() {
        UUID orderId = UUID.randomUUID();
        Instant deadline = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        LocatedOrders order = LocatedOrders.order(orderId).answerDeadline(deadline).released(SUBSCRIBER, "IE");
        double overdueBefore = overdueGauge();
        pipeline.send(order.build());
        pipeline.awaitDecided(orderId, 1);

        JsonPath tasks = ProviderTasks.open(order.provider(), 1);
        assertThat(tasks.getBoolean("[0].overdue")).isTrue();
        assertThat(Instant.parse(tasks.getString("[0].deadline"))).isEqualTo(deadline);
        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(200)
                .body("overdue", equalTo(true))
                .body("releaseTasks[0].overdue", equalTo(true))
                .body("releaseTasks[0].status", equalTo("OPEN"));

        // Other classes' tasks count too: this one must add to what was there.
        assertThat(overdueGauge()).isGreaterThanOrEqualTo(overdueBefore + 1);
    }

    private static double overdueGauge() {
        String metrics = MetricsScrape.text();
        Matcher overdue = Pattern.compile("(?m)^lexroute_gateway_release_tasks_overdue(?:\\{[^}]*})? (\\S+)$")
                .matcher(metrics);
        assertThat(overdue.find()).as("overdue gauge in %s", metrics).isTrue();
        return Double.parseDouble(overdue.group(1));
    }

    @Test
    void aRangedDownloadGetsTheWholePackageNeverASliceUnder200() {
        UUID orderId = UUID.randomUUID();
        byte[] bytes = bytes(5_000, 3);
        ProviderTasks.uploadCsvOnceDecided(pipeline, LocatedOrders.order(orderId).released(SUBSCRIBER, "IE"),
                "SUBSCRIBER", bytes);
        String download = pathOf(As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200).extract().path("packages[0].download"));

        Response ranged = As.submitter().header("Range", "bytes=0-9").when().get(download);

        assertThat(ranged.statusCode()).isEqualTo(200);
        assertThat(ranged.asByteArray()).isEqualTo(bytes);
        assertThat(ranged.header("Accept-Ranges")).isEqualTo("none");
        assertThat(ranged.header("X-Content-SHA256")).isEqualTo(sha256(bytes));
    }

    @Test
    void aReLocatedOrderAsksTheOpenTaskForWhatItNowLocates() {
        UUID orderId = UUID.randomUUID();
        String ownAccount = "acct-" + orderId;
        pipeline.send(LocatedOrders.order(orderId).released(SUBSCRIBER, "IE")
                .alsoHeldFor("acct-matched-by-mistake", SUBSCRIBER, "IE").build());
        pipeline.awaitDecided(orderId, 1);
        LocatedOrders corrected = LocatedOrders.order(orderId).released(SUBSCRIBER, "IE");
        JsonPath before = ProviderTasks.open(corrected.provider(), 1);
        assertThat(before.getList("[0].scope.accountIds")).containsExactly(ownAccount, "acct-matched-by-mistake");

        // The provider corrects its catalog and the order is located again, with a later deadline.
        Instant later = Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.MICROS);
        pipeline.send(corrected.answerDeadline(later).build());
        pipeline.awaitDecided(orderId, 2);

        JsonPath after = As.provider(corrected.provider()).when().get(TASKS + "?status=OPEN", corrected.provider())
                .then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("id")).containsExactly(before.getString("[0].id"));
        assertThat(after.getList("[0].scope.accountIds")).containsExactly(ownAccount);
        assertThat(Instant.parse(after.getString("[0].deadline"))).isEqualTo(later);
        assertThat(Instant.parse(after.getString("[0].updatedAt")))
                .isAfter(Instant.parse(before.getString("[0].updatedAt")));
        assertThat(before.getInt("[0].revision")).isEqualTo(1);
        assertThat(after.getInt("[0].revision")).isEqualTo(2);

        // An answer prepared from what the provider read before is refused: it may hold the mistaken account.
        String task = before.getString("[0].id");
        byte[] exported = bytes(2_000, 7);
        As.provider(corrected.provider()).header("If-Match", "\"1\"").contentType("text/csv").body(exported)
                .when().put(PACKAGE, corrected.provider(), task)
                .then().statusCode(412).contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-Match"));
        As.provider(corrected.provider()).header("If-Match", "1").contentType(ContentType.JSON).body("{}")
                .when().post(NOT_FOUND, corrected.provider(), task)
                .then().statusCode(412);
        As.provider(corrected.provider()).header("If-Match", "the first").contentType("text/csv").body(exported)
                .when().put(PACKAGE, corrected.provider(), task)
                .then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200).body("packages", hasSize(0));

        As.provider(corrected.provider()).header("If-Match", "W/\"2\"").contentType("text/csv").body(exported)
                .when().put(PACKAGE, corrected.provider(), task)
                .then().statusCode(201);
        As.operator().when().get("/api/v1/orders/{orderId}/audit", orderId)
                .then().statusCode(200)
                .body("find { it.action == 'PACKAGE_ACCEPTED' }.details.taskRevision", equalTo(2));
    }

    @Test
    void aPackageWhoseStoredBytesChangedIsWithheldFromGetAndHeadAndNothingIsHandedOver() throws Exception {
        UUID orderId = UUID.randomUUID();
        String packageId = ProviderTasks.uploadCsvOnceDecided(pipeline,
                LocatedOrders.order(orderId).released(SUBSCRIBER, "US"), "SUBSCRIBER", bytes(4_000, 5));
        // Same size, other bytes: only the digest can tell.
        Files.write(Path.of(config.packageDir()).resolve(orderId + "/" + packageId), bytes(4_000, 6));
        String download = "/api/v1/orders/" + orderId + "/packages/" + packageId;

        As.submitter().when().get(download)
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", containsString("no longer matches the SHA-256"));
        assertThat(As.submitter().when().head(download).statusCode()).isEqualTo(500);
        assertThat(release.custodyOf(UUID.fromString(packageId))).extracting(event -> event.action)
                .containsExactly(CustodyAction.RECEIVED);
    }

    @Test
    void aPackageStreamingInWhileTheTaskChangesIsRefused() throws Exception {
        UUID orderId = UUID.randomUUID();
        LocatedOrders mistaken = LocatedOrders.order(orderId).released(SUBSCRIBER, "IE")
                .alsoHeldFor("acct-matched-by-mistake", SUBSCRIBER, "IE");
        String task = ProviderTasks.openTaskOnceDecided(pipeline, mistaken, "SUBSCRIBER");
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch relocated = new CountDownLatch(1);
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(bytes(30_000, 8)), new InputStream() {
            private final InputStream rest = new ByteArrayInputStream(bytes(30_000, 9));

            @Override
            public int read() throws IOException {
                halfSent.countDown();
                try {
                    if (!relocated.await(120, TimeUnit.SECONDS)) {
                        throw new IOException("the test never let the rest of the package go");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                return rest.read();
            }
        });
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + TASKS.replace("{provider}", mistaken.provider()) + "/" + task + "/package"))
                .header("Authorization", "Bearer " + DevTokens.provider(mistaken.provider()))
                .header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(upload, HttpResponse.BodyHandlers.ofString());
        try {
            assertThat(halfSent.await(30, TimeUnit.SECONDS)).isTrue();
            // The gateway has read the task and is writing the bytes to the store when the order is located again.
            Path order = Path.of(config.packageDir()).resolve(orderId.toString());
            Pipeline.eventually(() -> streaming(order) ? Optional.of(true) : Optional.empty(),
                    "the package streaming into the store");

            pipeline.send(LocatedOrders.order(orderId).released(SUBSCRIBER, "IE").build());
            pipeline.awaitDecided(orderId, 2);
        } finally {
            relocated.countDown();
        }

        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.body()).contains("changed while the package was being uploaded");
        As.submitter().when().get("/api/v1/orders/{orderId}/packages", orderId)
                .then().statusCode(200).body("packages", hasSize(0));
    }

    @Test
    void aProviderTaskListRefusesABadPageSizeOrStatus() {
        TaskListPages.assertBadParametersRefused(TASKS, config.providerTaskPageSize(), "LOST");
    }

    @Test
    void releaseTasksAreListedAPageAtATimeEachOnceAndNeverAnotherProvidersTask() {
        String provider = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        String neighbour = "neighbour-" + UUID.randomUUID().toString().substring(0, 8);
        // The two providers' orders alternate, so that the neighbour's tasks lie between the provider's in time.
        UUID first = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(SUBSCRIBER, "US").alsoStoredIn(SUBSCRIBER, "IE"));
        TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(neighbour)
                .released(SUBSCRIBER, "US").alsoStoredIn(SUBSCRIBER, "IE"));
        UUID second = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(TRAFFIC, "NL").held(CONTENT, "IE", 240));
        TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(neighbour)
                .released(TRAFFIC, "NL"));
        UUID third = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(SUBSCRIBER, "FR"));
        List<String> created = TaskListPages.tasksOf("releaseTasks", first, second, third);
        assertThat(created).hasSize(5);

        JsonPath whole = TaskListPages.wholeList(TASKS, provider, created);
        List<String> all = whole.getList("id");
        TaskListPages.assertPagesOfTwo(TASKS, provider, neighbour, config.publicUrl(), all, 2, 2, 1);
        As.provider(provider).when().get(TASKS + "?page=3&size=2", provider)
                .then().statusCode(200).body("$", hasSize(0));

        String held = whole.getString("find { it.status == 'HELD' }.id");
        As.provider(provider).contentType("text/csv").header("X-Package-Name", "content.csv").body(new byte[] {7, 8})
                .when().put(PACKAGE, provider, held)
                .then().statusCode(201);
        String reported = whole.getString("find { it.location == 'FR' }.id");
        As.provider(provider).contentType(ContentType.JSON).body("{}")
                .when().post(NOT_FOUND, provider, reported)
                .then().statusCode(200);

        JsonPath heldOnly = As.provider(provider).when().get(TASKS + "?status=HELD", provider)
                .then().statusCode(200).extract().jsonPath();
        assertThat(heldOnly.getList("id")).containsExactly(held);
        assertThat(heldOnly.getString("[0].heldPackage.name")).as("the held package of a task on the page")
                .isEqualTo("content.csv");
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=NOT_FOUND")).containsExactly(reported);
        List<String> stillToDo = all.stream().filter(id -> !id.equals(reported)).toList();
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=OPEN&status=HELD&size=3"))
                .isEqualTo(stillToDo);
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=OPEN,HELD&size=1")).isEqualTo(stillToDo);
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?status=OPEN&size=2"))
                .isEqualTo(stillToDo.stream().filter(id -> !id.equals(held)).toList());
    }

    @Test
    void aProviderUploadingAsItWorksThroughItsOpenTasksPageByPageMissesNone() {
        String provider = "working-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(SUBSCRIBER, "US").alsoStoredIn(SUBSCRIBER, "IE"));
        UUID second = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(TRAFFIC, "NL"));
        UUID third = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(SUBSCRIBER, "FR").alsoStoredIn(SUBSCRIBER, "DE"));
        List<String> open = TaskListPages.wholeList(TASKS, provider,
                TaskListPages.tasksOf("releaseTasks", first, second, third)).getList("id");
        assertThat(open).hasSize(5);

        TaskListPages.assertWorkingThroughOpenTasksMissesNone(TASKS, provider, open,
                task -> ProviderTasks.uploadCsv(provider, task, "account,name\n".getBytes(StandardCharsets.UTF_8)));
        As.provider(provider).when().get(TASKS + "?status=OPEN", provider)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void tasksCreatedInTheSameInstantFollowOneAnotherByIdAndNoneIsLostBetweenPages() {
        String provider = "instant-" + UUID.randomUUID().toString().substring(0, 8);
        // One revision opens the order's three tasks: they share its instant.
        UUID together = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(SUBSCRIBER, "US").alsoStoredIn(SUBSCRIBER, "IE").alsoStoredIn(SUBSCRIBER, "FR"));
        UUID later = TaskListPages.decided(pipeline, LocatedOrders.order(UUID.randomUUID()).provider(provider)
                .released(TRAFFIC, "NL"));
        JsonPath whole = TaskListPages.wholeList(TASKS, provider,
                TaskListPages.tasksOf("releaseTasks", together, later));
        List<String> all = whole.getList("id", String.class);
        assertThat(whole.getList("createdAt", String.class).subList(0, 3)).as("created in one instant")
                .containsOnly(whole.getString("[0].createdAt"));
        assertThat(all.subList(0, 3)).containsExactlyInAnyOrderElementsOf(TaskListPages.tasksOf("releaseTasks",
                together)).as("by id, as PostgreSQL orders UUIDs").isSorted();

        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?size=2")).isEqualTo(all);
        assertThat(TaskListPages.idsOfEveryPage(TASKS, provider, "?size=1")).isEqualTo(all);
    }

    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    private static boolean streaming(Path orderDir) {
        try (Stream<Path> files = Files.list(orderDir)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".part"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The path of an absolute link: the test's server listens on a port of its own, not the public URL's. */
    private static String pathOf(Object link) {
        return URI.create((String) link).getPath();
    }

    private static String base64Sha256(byte[] bytes) {
        return Base64.getEncoder().encodeToString(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
