package io.lexroute.gateway.scheduling;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.MetricsScrape;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bytes of a discarded package are deleted, and the row says so ({@code bytes_deleted_at}): at once after the
 * discard commits, or, when that delete fails or never ran, by the scheduler on a later tick; meanwhile the gauge
 * {@code lexroute_gateway_discarded_packages_bytes_kept} counts the package.
 */
@QuarkusTest
@TestProfile(DiscardedBytesTest.EverySecond.class)
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class DiscardedBytesTest {

    /** The discarded bytes' check every second. */
    public static class EverySecond implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // Pages of one package, so that a tick reads past a package whose delete keeps failing.
            return Map.of("lexroute.gateway.discarded-bytes-check-interval", "1s",
                    "lexroute.gateway.discarded-bytes-batch-size", "1");
        }
    }

    private static final Pattern BYTES_KEPT = Pattern.compile(
            "(?m)^lexroute_gateway_discarded_packages_bytes_kept(?:\\{[^}]*})? (\\S+)$");

    private final Pipeline pipeline = new Pipeline();

    @Inject
    DataPackageRepository packages;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void aDiscardDeletesTheBytesAtOnceAndRecordsIt() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 240);
        UUID packageId = uploadHeld(order, new byte[] {1, 2, 3});
        Path file = fileOf(orderId, packageId);
        assertThat(file).exists();

        object(orderId);

        assertThat(file).doesNotExist();
        DataPackageEntity row = row(packageId);
        assertThat(row.discardedAt).isNotNull();
        assertThat(row.bytesDeletedAt).as("recorded by the delete right after the discard").isNotNull()
                .isAfterOrEqualTo(row.discardedAt);
        assertThat(bytesKeptGauge()).isZero();
    }

    @Test
    void aDeleteThatFailsIsTriedAgainUntilTheBytesAreGoneAndTheGaugeCountsThePackageMeanwhile() throws IOException {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 240);
        UUID packageId = uploadHeld(order, new byte[] {4, 5, 6});
        Path file = fileOf(orderId, packageId);
        // A non-empty directory where the file was: no delete removes it, not even as root.
        Path blocker = file.resolve("blocker");
        try {
            Files.delete(file);
            Files.createDirectory(file);
            Files.write(blocker, new byte[] {4, 5, 6});

            object(orderId);

            DataPackageEntity row = row(packageId);
            assertThat(row.discardedAt).as("the discard stands").isNotNull();
            assertThat(row.bytesDeletedAt).as("the bytes are still there").isNull();
            assertThat(bytesKeptGauge()).isEqualTo(1.0);
            // Several of the scheduler's ticks fail as well, and leave the row as it is.
            sleep(3_000);
            assertThat(row(packageId).bytesDeletedAt).isNull();
            assertThat(file).exists();
            assertThat(bytesKeptGauge()).isEqualTo(1.0);

            // A package discarded later, whose delete never ran, is not kept waiting behind the one that fails: the
            // tick reads on past it (pages of one package here).
            UUID laterOrderId = UUID.randomUUID();
            UUID later = uploadHeld(LocatedOrders.order(laterOrderId).held(CONTENT, "NL", 240),
                    new byte[] {8});
            discardWithoutDelete(later);
            Pipeline.eventually(() -> Optional.ofNullable(row(later).bytesDeletedAt), "bytes_deleted_at of " + later);
            assertThat(fileOf(laterOrderId, later)).doesNotExist();
            assertThat(row(packageId).bytesDeletedAt).isNull();
            assertThat(bytesKeptGauge()).isEqualTo(1.0);

            // The obstacle removed (only an empty directory is left at the path): the next tick deletes it.
            Files.delete(blocker);
            Instant deletedAt = Pipeline.eventually(() -> Optional.ofNullable(row(packageId).bytesDeletedAt),
                    "bytes_deleted_at of package " + packageId);
            assertThat(deletedAt).isAfter(row.discardedAt);
            assertThat(file).doesNotExist();
            assertThat(bytesKeptGauge()).isZero();
        } finally {
            Files.deleteIfExists(blocker);
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aDiscardWhoseDeleteNeverRanIsDeletedByTheScheduler() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).held(CONTENT, "NL", 240);
        UUID packageId = uploadHeld(order, new byte[] {7});
        Path file = fileOf(orderId, packageId);

        Instant discardedAt = discardWithoutDelete(packageId);
        assertThat(file).exists();

        Instant deletedAt = Pipeline.eventually(() -> Optional.ofNullable(row(packageId).bytesDeletedAt),
                "bytes_deleted_at of package " + packageId);
        assertThat(deletedAt).isAfter(discardedAt);
        assertThat(file).doesNotExist();
        assertThat(bytesKeptGauge()).isZero();
    }

    private UUID uploadHeld(LocatedOrders order, byte[] bytes) {
        String task = ProviderTasks.heldTaskOnceDecided(pipeline, order);
        return UUID.fromString(ProviderTasks.uploadCsv(order.provider(), task, bytes));
    }

    /** Discarded and committed, but as if the service stopped before the delete after the commit ran. */
    private Instant discardWithoutDelete(UUID packageId) {
        Instant discardedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> packages.update(
                "discardedAt = ?1, discardReason = ?2 where id = ?3", discardedAt, "test: no delete ran", packageId));
        return discardedAt;
    }

    private static void object(UUID orderId) {
        As.reviewer().contentType(ContentType.JSON)
                .body("{\"authority\": \"Officier van justitie, Amsterdam\", \"grounds\": \"Immunity.\"}")
                .when().post("/api/v1/orders/{orderId}/holds/objection", orderId)
                .then().statusCode(200).body("status", equalTo("REFUSED"));
    }

    private DataPackageEntity row(UUID packageId) {
        return QuarkusTransaction.requiringNew().call(() -> packages.findById(packageId));
    }

    private static Path fileOf(UUID orderId, UUID packageId) {
        return Path.of("target/test-packages", orderId.toString(), packageId.toString());
    }

    private static double bytesKeptGauge() {
        String metrics = MetricsScrape.text();
        Matcher kept = BYTES_KEPT.matcher(metrics);
        assertThat(kept.find()).as("discarded bytes gauge in %s", metrics).isTrue();
        return Double.parseDouble(kept.group(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
