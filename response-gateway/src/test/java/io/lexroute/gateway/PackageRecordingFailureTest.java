package io.lexroute.gateway;

import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.persistence.PackageStore;
import io.lexroute.gateway.persistence.StoredBytes;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an upload whose recording failed leaves behind: a commit can fail after PostgreSQL committed, so the bytes are
 * removed only when no package row names them.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class PackageRecordingFailureTest {

    private final Pipeline pipeline = new Pipeline();

    @Inject
    ReleaseService release;

    @Inject
    PackageStore store;

    @Inject
    DataPackageRepository packages;

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void theBytesOfAPackageRecordedAfterAllStayAndOnlyUnrecordedOnesGo() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US");
        String packageId = ProviderTasks.uploadCsvOnceDecided(pipeline, order, "SUBSCRIBER",
                "name\nsubject\n".getBytes(UTF_8));
        DataPackageEntity recorded = QuarkusTransaction.requiringNew()
                .call(() -> packages.findById(UUID.fromString(packageId)));

        release.discardUnlessRecorded(recorded.id,
                new StoredBytes(recorded.storagePath, recorded.sizeBytes, recorded.sha256));

        assertThat(store.fileOf(recorded.storagePath)).exists();

        UUID unrecorded = UUID.randomUUID();
        StoredBytes stray = store.write(orderId, unrecorded, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        release.discardUnlessRecorded(unrecorded, stray);

        assertThat(store.fileOf(stray.path())).doesNotExist();
    }
}
