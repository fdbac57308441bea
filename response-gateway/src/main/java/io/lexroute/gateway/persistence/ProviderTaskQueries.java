package io.lexroute.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the release and preservation task repositories read alike. */
final class ProviderTaskQueries {

    private ProviderTaskQueries() {
    }

    /**
     * At most {@code limit} of the provider's tasks from {@code first}, oldest first (the order in which a provider
     * should work through them; the id orders tasks created together), only those in {@code statuses} unless it is
     * empty.
     */
    static <T extends ProviderTask> List<T> ofProvider(PanacheRepositoryBase<T, UUID> tasks, String provider,
            Set<? extends Enum<?>> statuses, int first, int limit) {
        Sort oldestFirst = Sort.ascending("createdAt").and("id");
        PanacheQuery<T> query = statuses.isEmpty()
                ? tasks.find("provider", oldestFirst, provider)
                : tasks.find("provider = ?1 and status in ?2", oldestFirst, provider, statuses);
        return query.range(first, first + limit - 1).list();
    }
}
