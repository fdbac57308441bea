package io.lexroute.locator.persistence;

import io.lexroute.contracts.EuAddressee;
import io.lexroute.outbox.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The providers' addressees of orders in the Union (Directive (EU) 2023/1544 Art. 3), one per provider. */
@ApplicationScoped
public class AddresseeRepository {

    public Optional<StoredAddressee> find(String provider) {
        return AddresseeEntity.<AddresseeEntity>findByIdOptional(provider)
                .map(entity -> new StoredAddressee(entity.providerId,
                        new EuAddressee(entity.kind, entity.country, entity.name), entity.updatedAt));
    }

    /** Records {@code addressee} in place of the provider's previous one; returns whether it had none. */
    public boolean replace(String provider, EuAddressee addressee, Instant now) {
        AddresseeEntity entity = AddresseeEntity.findById(provider);
        boolean created = entity == null;
        if (created) {
            entity = new AddresseeEntity();
            entity.providerId = provider;
        }
        entity.kind = addressee.kind();
        entity.country = addressee.country();
        entity.name = addressee.name();
        entity.updatedAt = now;
        entity.persist();
        // Surfaces a concurrent first write for the same provider here rather than at commit.
        AddresseeEntity.flush();
        return created;
    }

    /** Removes the provider's addressee; returns whether it had one. */
    public boolean delete(String provider) {
        return AddresseeEntity.deleteById(provider);
    }

    /**
     * The addressee of each of {@code providers} that recorded one: read for a whole poll of orders in one statement,
     * run as plain SQL (see PlainSql) like the poll's catalog query.
     */
    public Map<String, EuAddressee> of(Collection<String> providers) {
        if (providers.isEmpty()) {
            return Map.of();
        }
        return PlainSql.list(AddresseeEntity.getEntityManager(), """
                select provider_id, kind, country, name from eu_addressee where provider_id = any(?::text[])""",
                row -> Map.entry(row.getString(1), new EuAddressee(EuAddressee.Kind.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4))),
                PlainSql.array("text", providers)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
