package io.lexroute.gateway;

import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.persistence.PackageStore;
import io.lexroute.gateway.persistence.PackageStore.StoreFile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Removes the files that an upload left in the package store without a package: the {@code .part} of an upload that
 * never finished (the service was killed while it streamed), and a package file that no row names (the service
 * stopped between storing the bytes and committing the row, or the clean-up after a failed commit could not tell
 * whether the row was there). Such bytes were never acknowledged to the provider, so they are in no chain of custody;
 * left alone they would only fill the volume. Only files unwritten for {@code lexroute.gateway.stray-file-age} are
 * considered, and a package file only once the database said that no row names it.
 */
@ApplicationScoped
public class StrayFileSweep {

    private static final Logger LOG = Logger.getLogger(StrayFileSweep.class);
    private static final int IDS_PER_QUERY = 500;

    private final PackageStore store;
    private final DataPackageRepository packages;
    private final GatewayConfig config;

    public StrayFileSweep(PackageStore store, DataPackageRepository packages, GatewayConfig config) {
        this.store = store;
        this.packages = packages;
        this.config = config;
    }

    /**
     * One pass over the store. A failure to list the store or to reach the database ends the pass without removing
     * anything more; the next pass tries again.
     *
     * @return how many stray files were removed
     */
    public int sweep() {
        Instant cutoff = Instant.now().minus(config.strayFileAge());
        List<StoreFile> candidates;
        try {
            candidates = store.filesWrittenBefore(cutoff);
        } catch (UncheckedIOException e) {
            LOG.warnf("Could not look for stray files in the package store: %s", e.getMessage());
            return 0;
        }
        int removed = 0;
        for (StoreFile partial : candidates.stream().filter(StoreFile::partial).toList()) {
            removed += remove(partial, "an upload that never finished");
        }
        List<StoreFile> packageFiles = candidates.stream().filter(file -> !file.partial()).toList();
        for (int from = 0; from < packageFiles.size(); from += IDS_PER_QUERY) {
            List<StoreFile> page = packageFiles.subList(from, Math.min(from + IDS_PER_QUERY, packageFiles.size()));
            List<UUID> ids = page.stream().map(StoreFile::packageId).toList();
            Set<UUID> recorded;
            try {
                recorded = QuarkusTransaction.requiringNew().call(() -> packages.recordedAmong(ids));
            } catch (RuntimeException unknown) {
                LOG.warnf("Keeping the package files not yet checked: whether they were recorded is not known (%s)",
                        unknown.toString());
                return removed;
            }
            for (StoreFile file : page) {
                if (!recorded.contains(file.packageId())) {
                    removed += remove(file, "a package that was never recorded");
                }
            }
        }
        return removed;
    }

    private int remove(StoreFile file, String what) {
        try {
            store.deleteOrThrow(file.relativePath());
        } catch (UncheckedIOException e) {
            LOG.warnf("Could not remove the stray file %s (%s): %s", file.relativePath(), what, e.getMessage());
            return 0;
        }
        LOG.infof("Removed the stray file %s of the package store: %s", file.relativePath(), what);
        return 1;
    }
}
