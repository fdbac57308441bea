package io.lexroute.gateway;

import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AnswerLinks;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.CustodyAction;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.persistence.CustodyEventEntity;
import io.lexroute.gateway.persistence.CustodyEventRepository;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import io.lexroute.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Hands a received package on to the issuing authority ({@code order.package-received}, in the caller's transaction,
 * through the outbox). A package uploaded for a task held during the notified State's window waits: transmission is
 * suspended meanwhile (Regulation (EU) 2023/1543, Art. 8(4)) and takes place at the window's end (Art. 10), when the
 * outcome is released and the package with it; if the outcome is refused or no longer released, the package is
 * discarded: its bytes are deleted once that is committed (and, should that fail, by {@code DiscardedBytesScheduler}
 * until they are: {@code bytes_deleted_at}), its row and chain of custody stay.
 */
@ApplicationScoped
public class PackageHandOver {

    private static final Logger LOG = Logger.getLogger(PackageHandOver.class);

    private final DataPackageRepository packages;
    private final CustodyEventRepository custody;
    private final AuditLog audit;
    private final EventOutbox outbox;
    private final GatewayConfig config;
    private final Event<DiscardedBytes> discardedBytes;
    private final DiscardedBytesService bytesDeletion;

    public PackageHandOver(DataPackageRepository packages, CustodyEventRepository custody, AuditLog audit,
            EventOutbox outbox, GatewayConfig config, Event<DiscardedBytes> discardedBytes,
            DiscardedBytesService bytesDeletion) {
        this.packages = packages;
        this.custody = custody;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
        this.discardedBytes = discardedBytes;
        this.bytesDeletion = bytesDeletion;
    }

    /** The file of a discarded package, deleted once the discard is committed. */
    public record DiscardedBytes(UUID packageId, String storagePath) {
    }

    /** Publishes a released package for request-intake's answer, its arrival being when it was released. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ReleaseTaskEntity task, DataPackageEntity pkg) {
        outbox.append(new OrderPackageReceived(pkg.orderId, pkg.id, task.dataCategory, task.country, pkg.name,
                pkg.contentType, pkg.sizeBytes, pkg.sha256, pkg.releasedAt,
                AnswerLinks.download(config.publicUrl(), pkg.orderId, pkg.id)));
    }

    /**
     * The window of the held {@code task} ended and its outcome is released: a package that waits for it is released
     * now, as if uploaded at {@code at} (the task becomes UPLOADED, the package is published, custody and audit say it
     * was held until then).
     *
     * @return whether the task had a package waiting
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean releaseWaiting(ReleaseTaskEntity task, int revision, Instant at) {
        Optional<DataPackageEntity> waiting = packages.waitingFor(task.id);
        if (waiting.isEmpty()) {
            return false;
        }
        DataPackageEntity pkg = waiting.get();
        pkg.releasedAt = at;
        custody.persist(CustodyEventEntity.of(pkg, CustodyAction.RELEASED, AuditLog.SYSTEM, at));
        task.status = ReleaseTaskStatus.UPLOADED;
        task.heldUntil = null;
        task.updatedAt = at;
        audit.append(AuditLog.SYSTEM, AuditAction.PACKAGE_RELEASED, task.orderId, AuditLog.details(
                "packageId", pkg.id.toString(), "taskId", task.id.toString(),
                "dataCategory", task.dataCategory.name(), "location", task.country,
                "receivedAt", pkg.receivedAt.toString(), "releasedAt", at.toString(), "revision", revision,
                "name", pkg.name, "size", pkg.sizeBytes, "sha256", pkg.sha256));
        publish(task, pkg);
        LOG.infof("Released package %s of release task %s (order %s), held during the notified State's window",
                pkg.id, task.id, task.orderId);
        return true;
    }

    /**
     * The held {@code task}'s package, if one waits, must never reach the issuing authority: it is marked discarded
     * with {@code reason}, the chain of custody and the audit log say so ({@code why}: what decided it), and its bytes
     * are deleted once this is committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discardWaiting(ReleaseTaskEntity task, String reason, Map<String, Object> why, Instant at) {
        packages.waitingFor(task.id).ifPresent(pkg -> {
            pkg.discardedAt = at;
            pkg.discardReason = reason;
            custody.persist(CustodyEventEntity.of(pkg, CustodyAction.DISCARDED, AuditLog.SYSTEM, at));
            Map<String, Object> details = AuditLog.details(
                    "packageId", pkg.id.toString(), "taskId", task.id.toString(),
                    "dataCategory", task.dataCategory.name(), "location", task.country,
                    "reason", reason, "name", pkg.name, "size", pkg.sizeBytes, "sha256", pkg.sha256);
            details.putAll(why);
            audit.append(AuditLog.SYSTEM, AuditAction.PACKAGE_DISCARDED, task.orderId, details);
            discardedBytes.fire(new DiscardedBytes(pkg.id, pkg.storagePath));
            LOG.infof("Discarded package %s of release task %s (order %s): %s", pkg.id, task.id, task.orderId, reason);
        });
    }

    /**
     * Deletes the bytes at once and records that they are gone (a transaction of its own); if that fails, or this never
     * runs (the service stopped right after the commit), {@code bytes_deleted_at} stays null and
     * {@code DiscardedBytesScheduler} tries again.
     */
    void deleteDiscarded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DiscardedBytes bytes) {
        bytesDeletion.delete(bytes.packageId(), bytes.storagePath());
    }
}
