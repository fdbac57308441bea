package io.lexroute.resolver.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.List;
import java.util.UUID;

/** Orders whose assessment in force was made with another rulebook than the current one. */
public final class StaleAssessments {

    /** One such order: whether its order was kept (so it can be judged again) and whether it is closed. */
    public record StaleOrder(UUID orderId, boolean orderKept, boolean closed) {
    }

    private StaleAssessments() {
    }

    @SuppressWarnings("unchecked")
    public static List<StaleOrder> assessedWithOtherThan(String rulebookVersion) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select latest.order_id,
                       latest.order_json is not null,
                       exists (select 1 from closed_order closed where closed.order_id = latest.order_id)
                from (select distinct on (order_id) order_id, rulebook_version, order_json
                      from assessment
                      order by order_id, created_at desc, id desc) latest
                where latest.rulebook_version <> ?1
                order by latest.order_id
                """)
                .setParameter(1, rulebookVersion)
                .getResultList();
        return rows.stream()
                .map(row -> new StaleOrder((UUID) row[0], (Boolean) row[1], (Boolean) row[2]))
                .toList();
    }
}
