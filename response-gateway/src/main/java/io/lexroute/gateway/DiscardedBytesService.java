package io.lexroute.gateway;

import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.persistence.PackageStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deletes the bytes of discarded packages, which must never reach the issuing authority, and records on the package's
 * row ({@code bytes_deleted_at}) that they are gone. The delete is tried once the discard is committed
 * ({@link PackageHandOver}); one that fails, or never ran (a crash between the commit and the delete), is tried again
 * by {@code DiscardedBytesScheduler} until it succeeds, and the gauge
 * {@code lexroute_gateway_discarded_packages_bytes_kept} counts the packages still waiting for it.
 */
@ApplicationScoped
public class DiscardedBytesService {

    private static final Logger LOG = Logger.getLogger(DiscardedBytesService.class);

    private final DataPackageRepository packages;
    private final PackageStore store;
    private final GatewayConfig config;

    public DiscardedBytesService(DataPackageRepository packages, PackageStore store, GatewayConfig config) {
        this.packages = packages;
        this.store = store;
        this.config = config;
    }

    /**
     * Deletes the file of the discarded package (a file already gone counts as deleted) and, if that worked, records
     * it in a short transaction of its own. Runs outside the discarding transaction, after it committed; never throws:
     * a failure is logged and the package is left for the scheduler.
     *
     * @return whether the bytes are now known to be gone and recorded so
     */
    public boolean delete(UUID packageId, String storagePath) {
        try {
            store.deleteOrThrow(storagePath);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            LOG.warnf("Could not delete the bytes of discarded package %s; trying again on the next check: %s",
                    packageId, e.getMessage());
            return false;
        }
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            QuarkusTransaction.requiringNew().run(() -> packages.markBytesDeleted(packageId, now));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Deleted the bytes of discarded package %s but could not record it; recording it on the "
                    + "next check", packageId);
            return false;
        }
    }

    /**
     * Deletes the bytes of every discarded package not yet known to be gone, the longest discarded first, read in
     * pages of {@code lexroute.gateway.discarded-bytes-batch-size}; a package whose delete fails stays for the next
     * tick.
     *
     * @return how many packages' bytes were deleted and recorded
     */
    public int deleteKeptBytes() {
        int batchSize = config.discardedBytesBatchSize();
        int deleted = 0;
        DataPackageEntity last = null;
        List<DataPackageEntity> kept;
        do {
            DataPackageEntity after = last;
            kept = QuarkusTransaction.requiringNew().call(() -> packages.discardedWithBytesKept(after, batchSize));
            for (DataPackageEntity pkg : kept) {
                if (delete(pkg.id, pkg.storagePath)) {
                    LOG.infof("Deleted the bytes of package %s (order %s), discarded at %s", pkg.id, pkg.orderId,
                            pkg.discardedAt);
                    deleted++;
                }
                last = pkg;
            }
        } while (kept.size() == batchSize);
        return deleted;
    }
}
