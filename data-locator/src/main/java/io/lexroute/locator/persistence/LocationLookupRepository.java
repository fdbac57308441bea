package io.lexroute.locator.persistence;

import io.lexroute.outbox.PlainSql;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LocationLookupRepository implements PanacheRepository<LocationLookupEntity> {

    public List<LocationLookupEntity> ofOrder(UUID orderId) {
        return list("orderId", orderId);
    }

    /**
     * Locks the orders until the transaction ends (advisory locks, taken in one statement in key order, so that two
     * consumers locking several cannot deadlock), then reads, for each of them located before with a known
     * assessment, when the latest assessment it was located with was made. The lock makes a consumer that locates one
     * of the orders at the same time (its events on two partitions, once partitions were added) wait until this
     * transaction ends, and then read what it located; the read is a statement of its own, so that it sees that.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Instant> lockAndFindLastAssessedAt(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = orderIds.stream().map(UUID::toString).distinct().toList();
        PlainSql.run(getEntityManager(), """
                select pg_advisory_xact_lock(hashtext('data-locator.order'), key)
                from (select distinct hashtext(id) as key from unnest(?::text[]) as id order by key) as sorted""",
                PlainSql.array("text", ids));
        return PlainSql.list(getEntityManager(), """
                select order_id, max(assessed_at) from location_lookup
                where order_id = any(?::uuid[]) and assessed_at is not null
                group by order_id""",
                row -> Map.entry(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class).toInstant()),
                PlainSql.array("text", ids)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
