package io.lexroute.gateway.api;

import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.OrderPackages;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The released packages of an order: name, size, SHA-256, arrival and download address of each, the release tasks
 * still awaited, and the closure once every package arrived (status DELIVERED).
 */
public record ManifestView(
        UUID orderId,
        String orderReference,
        int revision,
        OrderStatus status,
        DecisionView.Closure closed,
        List<PackageView> packages,
        List<ReleaseTaskView> awaiting) {

    static ManifestView of(OrderPackages order, Instant now, String publicUrl) {
        Map<UUID, ReleaseTaskEntity> tasks = order.order().releaseTasks().stream()
                .collect(Collectors.toMap(task -> task.id, Function.identity()));
        return new ManifestView(order.order().latest().orderId,
                order.order().latest().readLocated().order().externalReference(), order.order().latest().revision,
                order.order().latest().status, order.order().closure().map(DecisionView.Closure::of).orElse(null),
                order.packages().stream().map(pkg -> PackageView.of(pkg, tasks.get(pkg.taskId), publicUrl)).toList(),
                order.order().releaseTasks().stream()
                        .filter(task -> task.status == ReleaseTaskStatus.OPEN)
                        .map(task -> ReleaseTaskView.of(task, now, publicUrl))
                        .toList());
    }
}
