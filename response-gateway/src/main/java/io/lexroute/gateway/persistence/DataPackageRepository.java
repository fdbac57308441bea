package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class DataPackageRepository implements PanacheRepositoryBase<DataPackageEntity, UUID> {

    /** The order's packages released to the issuing authority; one held for a window or discarded is not. */
    public List<DataPackageEntity> releasedOf(UUID orderId) {
        return list("orderId = ?1 and releasedAt is not null", Sort.ascending("receivedAt").and("id"), orderId);
    }

    /** A released package only, and only through the order it belongs to. */
    public Optional<DataPackageEntity> releasedInOrder(UUID orderId, UUID packageId) {
        return find("id = ?1 and orderId = ?2 and releasedAt is not null", packageId, orderId).firstResultOptional();
    }

    /** The package uploaded for a held task that waits for the window's end, if there is one. */
    public Optional<DataPackageEntity> waitingFor(UUID taskId) {
        return find("taskId = ?1 and releasedAt is null and discardedAt is null", taskId).firstResultOptional();
    }

    /**
     * Discarded packages whose bytes are not known to be deleted yet (the delete after the discard failed, or never
     * ran), the longest discarded first, after {@code after} (null for the first page): a page of packages whose
     * delete keeps failing does not keep the ones behind it from being tried.
     */
    public List<DataPackageEntity> discardedWithBytesKept(DataPackageEntity after, int limit) {
        Sort order = Sort.ascending("discardedAt").and("id");
        if (after == null) {
            return find("discardedAt is not null and bytesDeletedAt is null", order).page(0, limit).list();
        }
        return find("discardedAt is not null and bytesDeletedAt is null"
                + " and (discardedAt > ?1 or (discardedAt = ?1 and id > ?2))", order, after.discardedAt, after.id)
                .page(0, limit).list();
    }

    /** Records that the discarded package's bytes are gone; a package already recorded so keeps its first time. */
    public boolean markBytesDeleted(UUID packageId, Instant at) {
        return update("bytesDeletedAt = ?1 where id = ?2 and discardedAt is not null and bytesDeletedAt is null",
                at, packageId) == 1;
    }

    /** Which of {@code ids} name a recorded package, whatever became of it. */
    public Set<UUID> recordedAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("select pkg.id from DataPackageEntity pkg where pkg.id in ?1", UUID.class)
                .setParameter(1, ids)
                .getResultList());
    }

    /** The packages of {@code taskIds} that wait for their window's end, by task. */
    public Map<UUID, DataPackageEntity> waitingFor(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return stream("taskId in ?1 and releasedAt is null and discardedAt is null", taskIds)
                .collect(Collectors.toMap(pkg -> pkg.taskId, Function.identity()));
    }
}
