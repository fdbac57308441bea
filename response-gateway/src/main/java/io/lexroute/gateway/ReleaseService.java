package io.lexroute.gateway;

import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.CustodyAction;
import io.lexroute.gateway.domain.EmptyPackageException;
import io.lexroute.gateway.domain.NothingFoundException;
import io.lexroute.gateway.domain.PackageDigestMismatchException;
import io.lexroute.gateway.domain.PackageIntegrityException;
import io.lexroute.gateway.domain.PackageTooLargeException;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.domain.TaskChangedException;
import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.gateway.persistence.CustodyEventEntity;
import io.lexroute.gateway.persistence.CustodyEventRepository;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.DataPackageRepository;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.PackageStore;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import io.lexroute.gateway.persistence.StoredBytes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Release through the provider: its tasks, the packages it uploads (stored, hashed, with a chain of custody), the
 * categories it cannot find, and the packages the issuing authority downloads.
 */
@ApplicationScoped
public class ReleaseService {

    private static final Logger LOG = Logger.getLogger(ReleaseService.class);

    private final ReleaseTaskRepository tasks;
    private final DataPackageRepository packages;
    private final CustodyEventRepository custody;
    private final PackageStore store;
    private final GatewayService gateway;
    private final OrderCloser closer;
    private final AuditLog audit;
    private final PackageHandOver handOver;
    private final GatewayConfig config;

    public ReleaseService(ReleaseTaskRepository tasks, DataPackageRepository packages, CustodyEventRepository custody,
            PackageStore store, GatewayService gateway, OrderCloser closer, AuditLog audit, PackageHandOver handOver,
            GatewayConfig config) {
        this.tasks = tasks;
        this.packages = packages;
        this.custody = custody;
        this.store = store;
        this.gateway = gateway;
        this.closer = closer;
        this.audit = audit;
        this.handOver = handOver;
        this.config = config;
    }

    /** One page of the provider's tasks, oldest first, of any of {@code statuses} (every status when empty). */
    @Transactional
    public ListPage<ReleaseTaskEntity> tasksOf(String provider, Set<ReleaseTaskStatus> statuses, TaskPageRequest page) {
        return page.read((after, first, limit) -> tasks.ofProvider(provider, statuses, after, first, limit));
    }

    /** The packages uploaded for the held ones of {@code listed} that wait for their window's end, by task. */
    @Transactional
    public Map<UUID, DataPackageEntity> waitingPackagesOf(List<ReleaseTaskEntity> listed) {
        return packages.waitingFor(listed.stream().filter(task -> task.status == ReleaseTaskStatus.HELD)
                .map(task -> task.id).toList());
    }

    /** The provider a task was created for; empty when there is no such task. */
    public Optional<String> providerOfTask(UUID taskId) {
        return tasks.findByIdOptional(taskId).map(task -> task.provider);
    }

    /**
     * Streams the package to the store (no transaction is open meanwhile), then, in one transaction with the order
     * locked, records it with its first custody step, marks the task uploaded, publishes it as
     * {@code order.package-received} (request-intake's manifest for the authority), and closes the order as DELIVERED
     * when this was the last package awaited; the acceptance (and closure) is audited as {@code actor}'s. A package
     * for a task held during the notified State's window is stored and recorded the same way but waits, the task
     * still held: it is neither published nor counted until the window ends ({@link PackageHandOver}). If recording
     * fails, the stored bytes are removed, unless the package was recorded after all.
     */
    public DataPackageEntity upload(String provider, UUID taskId, PackageUpload upload, String actor) {
        ReleaseTaskEntity task = QuarkusTransaction.requiringNew()
                .call(() -> taskTakingPackage(provider, taskId, upload.taskRevision()));
        TaskScope asked = task.readScope();
        long maxBytes = config.maxPackageSize().asLongValue();
        if (upload.declaredLength() != null && upload.declaredLength() > maxBytes) {
            throw new PackageTooLargeException(maxBytes);
        }
        UUID packageId = UUID.randomUUID();
        StoredBytes stored = store.write(task.orderId, packageId, upload.body(), maxBytes);
        try {
            if (stored.sizeBytes() == 0) {
                throw new EmptyPackageException();
            }
            if (upload.declaredSha256() != null && !upload.declaredSha256().equalsIgnoreCase(stored.sha256())) {
                throw new PackageDigestMismatchException(upload.declaredSha256(), stored.sha256());
            }
            return QuarkusTransaction.requiringNew()
                    .call(() -> record(provider, taskId, packageId, upload, asked, stored, actor));
        } catch (RuntimeException e) {
            discardUnlessRecorded(packageId, stored);
            throw e;
        }
    }

    /**
     * Removes the bytes of a package whose recording failed. A commit can fail on the way back (the connection lost
     * after PostgreSQL committed), so the bytes go only once no row names them: a file without a row is only waste,
     * a row without its file a package lost. When the database cannot tell, the bytes stay.
     */
    void discardUnlessRecorded(UUID packageId, StoredBytes stored) {
        boolean recorded;
        try {
            recorded = QuarkusTransaction.requiringNew().call(() -> packages.findByIdOptional(packageId).isPresent());
        } catch (RuntimeException unknown) {
            LOG.warnf("Keeping the stored bytes of package %s (%s): whether it was recorded is not known (%s)",
                    packageId, stored.path(), unknown.toString());
            return;
        }
        if (recorded) {
            LOG.warnf("Package %s was recorded although its recording failed; its bytes stay", packageId);
            return;
        }
        store.delete(stored.path());
    }

    /**
     * The provider holds nothing for the task: the task is closed as not found and the outcome becomes REFUSE
     * ({@code DATA_NOT_HELD}) in a new revision of the decision. {@code taskRevision}: the task's revision the
     * provider searched for (its {@code If-Match}), when it gave one.
     */
    @Transactional
    public DecisionEntity reportNotFound(String provider, UUID taskId, String note, Integer taskRevision,
            String actor) {
        DecisionEntity latest = gateway.lockLatest(orderOf(provider, taskId));
        ReleaseTaskEntity task = openTask(provider, taskId, taskRevision);
        task.status = ReleaseTaskStatus.NOT_FOUND;
        task.updatedAt = now();
        LOG.infof("Provider %s found no data for release task %s (%s of order %s)", provider, taskId, task.key(),
                task.orderId);
        return gateway.reviseAsNotHeld(latest, task.key(), provider, note, "release-task:" + taskId + ":not-found",
                actor);
    }

    /** The order's packages and its release tasks; 404 when the order has no decision. */
    @Transactional
    public OrderPackages packagesOf(UUID orderId) {
        OrderOverview overview = gateway.overview(orderId).orElseThrow(() -> GatewayService.noDecision(orderId));
        return new OrderPackages(overview, packages.releasedOf(orderId));
    }

    /**
     * The package's file, after checking that its bytes still have the SHA-256 recorded when they were received, and
     * recording the hand-over in the chain of custody and the audit log ({@code recipient} is the audit actor).
     */
    public PackageDownload download(UUID orderId, UUID packageId, String recipient) {
        PackageDownload checked = checked(orderId, packageId);
        DataPackageEntity pkg = checked.metadata();
        QuarkusTransaction.requiringNew().run(() -> {
            custody.persist(CustodyEventEntity.of(pkg, CustodyAction.DOWNLOADED, recipient, now()));
            audit.append(recipient, AuditAction.PACKAGE_DOWNLOADED, orderId, AuditLog.details(
                    "packageId", pkg.id.toString(), "name", pkg.name, "size", pkg.sizeBytes, "sha256", pkg.sha256));
        });
        return checked;
    }

    /**
     * The package's file, after checking that its bytes still have the SHA-256 recorded when they were received;
     * nothing is recorded (a HEAD asks what a download would answer).
     *
     * @throws PackageIntegrityException when the stored bytes cannot be read or no longer match: the package is
     *         withheld
     */
    public PackageDownload checked(UUID orderId, UUID packageId) {
        DataPackageEntity pkg = packageOf(orderId, packageId);
        String current;
        try {
            current = store.sha256Of(pkg.storagePath);
        } catch (UncheckedIOException e) {
            LOG.errorf(e, "Package %s of order %s cannot be read", packageId, orderId);
            throw new PackageIntegrityException("The stored package cannot be read; it is withheld.");
        }
        if (!current.equals(pkg.sha256)) {
            LOG.errorf("Package %s of order %s has SHA-256 %s, but %s was received", packageId, orderId, current,
                    pkg.sha256);
            throw new PackageIntegrityException(
                    "The stored package no longer matches the SHA-256 recorded when it was received; it is withheld.");
        }
        return new PackageDownload(pkg, store.fileOf(pkg.storagePath));
    }

    private DataPackageEntity packageOf(UUID orderId, UUID packageId) {
        return QuarkusTransaction.requiringNew().call(() -> packages.releasedInOrder(orderId, packageId)
                .orElseThrow(() -> new NothingFoundException("Order " + orderId + " has no package " + packageId
                        + ".")));
    }

    @Transactional
    public List<CustodyEventEntity> custodyOf(UUID packageId) {
        return custody.ofPackage(packageId);
    }

    private DataPackageEntity record(String provider, UUID taskId, UUID packageId, PackageUpload upload,
            TaskScope asked, StoredBytes stored, String actor) {
        DecisionEntity latest = gateway.lockLatest(orderOf(provider, taskId));
        ReleaseTaskEntity task = taskTakingPackage(provider, taskId, upload.taskRevision());
        if (!task.readScope().equals(asked)) {
            // The order was located again while the bytes streamed in: they answer what the task asked before.
            throw new StateConflictException("Release task " + taskId + " was changed while the package was being"
                    + " uploaded (revision " + task.decisionRevision + " asks for other accounts, identifiers, sites"
                    + " or custodians); read it again and upload what it now asks for.");
        }
        Instant now = now();
        boolean held = task.status == ReleaseTaskStatus.HELD;
        DataPackageEntity pkg = new DataPackageEntity();
        pkg.id = packageId;
        pkg.taskId = task.id;
        pkg.orderId = task.orderId;
        pkg.name = upload.name();
        pkg.contentType = upload.contentType();
        pkg.sizeBytes = stored.sizeBytes();
        pkg.sha256 = stored.sha256();
        pkg.storagePath = stored.path();
        pkg.receivedFrom = "provider " + provider;
        pkg.receivedAt = now;
        pkg.releasedAt = held ? null : now;
        packages.persist(pkg);
        custody.persist(CustodyEventEntity.of(pkg, CustodyAction.RECEIVED, pkg.receivedFrom, now));
        if (!held) {
            task.status = ReleaseTaskStatus.UPLOADED;
            // Not for a held task: the submitting authority reads the tasks with the decision, and must not learn
            // from a change of its time that a package was exported during the notified State's window.
            task.updatedAt = now;
        }
        LOG.infof("Received package %s (%d bytes, SHA-256 %s) for release task %s of order %s%s", packageId,
                pkg.sizeBytes, pkg.sha256, taskId, task.orderId, held ? ", held until " + task.heldUntil : "");
        Map<String, Object> details = AuditLog.details(
                "packageId", packageId.toString(), "taskId", taskId.toString(),
                "dataCategory", task.dataCategory.name(), "location", task.country,
                "taskRevision", task.decisionRevision,
                "name", pkg.name, "size", pkg.sizeBytes, "sha256", pkg.sha256);
        if (held) {
            details.put("held", true);
            details.put("heldUntil", task.heldUntil.toString());
        }
        audit.append(actor, AuditAction.PACKAGE_ACCEPTED, task.orderId, details);
        if (held) {
            // Waits for the window's end: released or discarded with the outcome (OutcomeFollowUps).
            return pkg;
        }
        handOver.publish(task, pkg);
        closer.closeIfDone(latest, latest.readDecision(), actor);
        return pkg;
    }

    /** The order of the provider's task, read before the order is locked; the task itself is read after. */
    private UUID orderOf(String provider, UUID taskId) {
        return tasks.orderIdOf(taskId).orElseThrow(() -> noTask(provider, taskId));
    }

    /**
     * An open task, or a held one that has no package yet: one package per task, whether it waits for the window's
     * end or not.
     */
    private ReleaseTaskEntity taskTakingPackage(String provider, UUID taskId, Integer expectedRevision) {
        ReleaseTaskEntity task = ownTask(provider, taskId);
        if (task.status != ReleaseTaskStatus.HELD) {
            return openTask(task, expectedRevision);
        }
        packages.waitingFor(task.id).ifPresent(waiting -> {
            throw new StateConflictException("Release task " + taskId + " already has its package " + waiting.id
                    + " (received " + waiting.receivedAt + "), held back until " + task.heldUntil
                    + ", when the notified State's window for grounds for refusal ends; a task takes one package.");
        });
        return checkedRevision(task, expectedRevision);
    }

    /**
     * A not-found report is a change of the outcome, which a held task does not take before the window ends: the
     * outcome is the notified State's to object to until then.
     */
    private ReleaseTaskEntity openTask(String provider, UUID taskId, Integer expectedRevision) {
        ReleaseTaskEntity task = ownTask(provider, taskId);
        if (task.status == ReleaseTaskStatus.HELD) {
            throw new StateConflictException("Release task " + taskId + " is held until " + task.heldUntil
                    + ", when the notified State's window for grounds for refusal ends"
                    + (task.heldUntil.isAfter(Instant.now()) ? "" : " (it has ended: the task opens when the gateway's"
                            + " hold timer releases the outcome, " + config.holdReleaseGrace() + " after the end)")
                    + "; it takes a not-found report once it is open (a package may be uploaded meanwhile: it is"
                    + " held back until then).");
        }
        return openTask(task, expectedRevision);
    }

    private ReleaseTaskEntity openTask(ReleaseTaskEntity task, Integer expectedRevision) {
        if (task.status != ReleaseTaskStatus.OPEN) {
            throw new StateConflictException("Release task " + task.id + " is " + task.status
                    + "; only an open task takes a package or a not-found report.");
        }
        return checkedRevision(task, expectedRevision);
    }

    /**
     * The API lets a provider reach only its own tasks (403 otherwise); the provider is checked here again so that the
     * service never acts on another provider's task whoever calls it.
     */
    private ReleaseTaskEntity ownTask(String provider, UUID taskId) {
        return tasks.findByIdOptional(taskId)
                .filter(candidate -> candidate.provider.equals(provider))
                .orElseThrow(() -> noTask(provider, taskId));
    }

    private static ReleaseTaskEntity checkedRevision(ReleaseTaskEntity task, Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != task.decisionRevision) {
            throw new TaskChangedException("Release task " + task.id + " is at revision " + task.decisionRevision
                    + ", not " + expectedRevision + " (If-Match): read it again and answer what it now asks for.");
        }
        return task;
    }

    private static NothingFoundException noTask(String provider, UUID taskId) {
        return new NothingFoundException("Provider " + provider + " has no release task " + taskId + ".");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
