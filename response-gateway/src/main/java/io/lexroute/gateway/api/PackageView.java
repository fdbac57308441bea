package io.lexroute.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.domain.AnswerLinks;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A received package as the manifest lists it, with the absolute address to download it from. {@code releasedAt}:
 * when the issuing authority could first download it, its receipt or, for a package uploaded while its task was held
 * for the notified State's window, that window's end; absent while it is held back (the upload's answer), and so is
 * {@code download}, which would answer 404 until then.
 */
public record PackageView(
        UUID id,
        UUID taskId,
        UUID orderId,
        DataCategory dataCategory,
        String location,
        String name,
        String contentType,
        long size,
        String sha256,
        Instant receivedAt,
        String receivedFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant releasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String download) {

    static PackageView of(DataPackageEntity pkg, ReleaseTaskEntity task, String publicUrl) {
        return new PackageView(pkg.id, pkg.taskId, pkg.orderId, task == null ? null : task.dataCategory,
                task == null ? null : task.country, pkg.name, pkg.contentType, pkg.sizeBytes, pkg.sha256,
                pkg.receivedAt, pkg.receivedFrom, pkg.releasedAt,
                pkg.releasedAt == null ? null : AnswerLinks.download(publicUrl, pkg.orderId, pkg.id));
    }
}
