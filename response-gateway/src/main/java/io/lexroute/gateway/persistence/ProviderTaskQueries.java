package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the release and preservation task repositories read alike. */
final class ProviderTaskQueries {

    private ProviderTaskQueries() {
    }

    /**
     * At most {@code limit} of the provider's tasks from {@code first}, oldest first (the order in which a provider
     * should work through them; the id orders tasks created together), only those after {@code after} when it is
     * given, and only those in {@code statuses} unless it is empty.
     */
    static <T extends ProviderTask> List<T> ofProvider(PanacheRepositoryBase<T, UUID> tasks, String provider,
            Set<? extends Enum<?>> statuses, Optional<TaskSortKey> after, int first, int limit) {
        List<String> conditions = new ArrayList<>(List.of("provider = :provider"));
        Parameters parameters = Parameters.with("provider", provider);
        if (!statuses.isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", statuses);
        }
        if (after.isPresent()) {
            // A row comparison rather than "createdAt > … or (createdAt = … and id > …)": PostgreSQL reads it as one
            // range of the (provider, created_at, id) index of V21, from the first task after the key.
            conditions.add("(createdAt, id) > (:afterCreatedAt, :afterId)");
            parameters.and("afterCreatedAt", after.get().createdAt()).and("afterId", after.get().id());
        }
        return tasks.find(String.join(" and ", conditions), Sort.ascending("createdAt").and("id"), parameters)
                .range(first, first + limit - 1).list();
    }
}
