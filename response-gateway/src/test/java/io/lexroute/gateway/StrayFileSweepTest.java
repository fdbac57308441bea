package io.lexroute.gateway;

import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.persistence.PackageStore;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep of files an upload left without a package (real PostgreSQL and Kafka): old unrecorded package files and old
 * unfinished uploads go; a recorded package, recent files and names the store never writes stay.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class StrayFileSweepTest {

    /** Older than {@code lexroute.gateway.stray-file-age} (6 h). */
    private static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(2));

    private final Pipeline pipeline = new Pipeline();

    @Inject
    StrayFileSweep sweep;

    @Inject
    PackageStore store;

    @Inject
    DataPackageRepository packages;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void oldFilesWithoutAPackageGoAndEverythingElseStays() throws IOException {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US");
        String packageId = ProviderTasks.uploadCsvOnceDecided(pipeline, order, "SUBSCRIBER",
                "name\nsubject\n".getBytes(UTF_8));
        DataPackageEntity recorded = QuarkusTransaction.requiringNew()
                .call(() -> packages.findById(UUID.fromString(packageId)));
        Path recordedFile = aged(store.fileOf(recorded.storagePath));

        Path unrecordedOld = aged(store.fileOf(store.write(orderId, UUID.randomUUID(),
                new ByteArrayInputStream(new byte[] {1, 2, 3}), 3).path()));
        Path unrecordedNew = store.fileOf(store.write(orderId, UUID.randomUUID(),
                new ByteArrayInputStream(new byte[] {4, 5, 6}), 3).path());
        Path unfinishedOld = aged(Files.write(recordedFile.resolveSibling(UUID.randomUUID() + ".part"), new byte[] {7}));
        Path unfinishedNew = Files.write(recordedFile.resolveSibling(UUID.randomUUID() + ".part"), new byte[] {8});
        Path notOurs = aged(Files.write(recordedFile.resolveSibling("README.txt"), new byte[] {9}));

        int removed = sweep.sweep();

        assertThat(unrecordedOld).doesNotExist();
        assertThat(unfinishedOld).doesNotExist();
        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(recordedFile).exists();
        assertThat(store.sha256Of(recorded.storagePath)).isEqualTo(recorded.sha256);
        assertThat(unrecordedNew).exists();
        assertThat(unfinishedNew).exists();
        assertThat(notOurs).exists();
        assertThat(recordedFile.getParent()).isDirectory();
    }

    private static Path aged(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }
}
