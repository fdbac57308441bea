package io.lexroute.locator.persistence;

import io.lexroute.locator.domain.Account;
import io.lexroute.locator.domain.Identifier;
import io.lexroute.locator.domain.IdentifierKey;
import io.lexroute.locator.domain.Location;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalog's accounts, each with its identifiers and storage locations in the order the provider gave them. */
@ApplicationScoped
public class CatalogRepository {

    private static final String OF_ACCOUNT = "providerId = ?1 and accountId = ?2";
    private static final String OF_ACCOUNTS = "providerId = ?1 and accountId in ?2";

    public Optional<StoredAccount> find(String provider, String accountId) {
        return AccountEntity.<AccountEntity>find(OF_ACCOUNT, provider, accountId)
                .firstResultOptional()
                .map(entity -> load(provider, List.of(entity)).get(0));
    }

    public List<StoredAccount> page(String provider, int pageIndex, int pageSize) {
        List<AccountEntity> entities = AccountEntity.<AccountEntity>find("providerId", Sort.by("accountId"), provider)
                .page(Page.of(pageIndex, pageSize))
                .list();
        return load(provider, entities);
    }

    public long count(String provider) {
        return AccountEntity.count("providerId", provider);
    }

    /** The account that owns each of {@code keys} that some account of the provider holds. */
    public Map<IdentifierKey, String> owners(String provider, Collection<IdentifierKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> values = keys.stream().map(IdentifierKey::matchValue).collect(Collectors.toSet());
        Map<IdentifierKey, String> owners = new HashMap<>();
        IdentifierEntity.<IdentifierEntity>list("providerId = ?1 and matchValue in ?2", provider, values)
                .forEach(row -> {
                    IdentifierKey key = new IdentifierKey(row.type, row.matchValue);
                    if (keys.contains(key)) {
                        owners.put(key, row.accountId);
                    }
                });
        return owners;
    }

    /** The provider's accounts that hold at least one of {@code keys}. */
    public List<Account> holding(String provider, Collection<IdentifierKey> keys) {
        Set<String> accountIds = Set.copyOf(owners(provider, keys).values());
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<AccountEntity> entities = AccountEntity.list(OF_ACCOUNTS, provider, accountIds);
        return load(provider, entities).stream().map(StoredAccount::account).toList();
    }

    /** Stores {@code account} in place of what the catalog held for it; returns whether it is new. */
    public boolean replace(Account account, Instant now) {
        AccountEntity entity = AccountEntity.<AccountEntity>find(OF_ACCOUNT, account.provider(), account.accountId())
                .firstResult();
        boolean created = entity == null;
        if (created) {
            entity = new AccountEntity();
            entity.providerId = account.provider();
            entity.accountId = account.accountId();
            entity.createdAt = now;
        } else {
            // Bulk deletes run before the inserts below, so re-adding an identifier cannot hit its unique key.
            IdentifierEntity.delete(OF_ACCOUNT, account.provider(), account.accountId());
            LocationEntity.delete(OF_ACCOUNT, account.provider(), account.accountId());
        }
        entity.updatedAt = now;
        entity.persist();
        persistChildren(account);
        // Surfaces a concurrent write of the same account or identifiers here rather than at commit.
        AccountEntity.flush();
        return created;
    }

    /** Removes the account, its identifiers and locations; returns whether it existed. */
    public boolean delete(String provider, String accountId) {
        return AccountEntity.delete(OF_ACCOUNT, provider, accountId) > 0;
    }

    private void persistChildren(Account account) {
        for (int i = 0; i < account.identifiers().size(); i++) {
            Identifier identifier = account.identifiers().get(i);
            IdentifierEntity row = new IdentifierEntity();
            row.providerId = account.provider();
            row.accountId = account.accountId();
            row.position = i;
            row.type = identifier.type();
            row.value = identifier.value();
            row.matchValue = identifier.key().matchValue();
            row.persist();
        }
        for (int i = 0; i < account.locations().size(); i++) {
            Location location = account.locations().get(i);
            LocationEntity row = new LocationEntity();
            row.providerId = account.provider();
            row.accountId = account.accountId();
            row.position = i;
            row.dataCategory = location.dataCategory();
            row.country = location.country();
            row.site = location.site();
            row.custodian = location.custodian();
            row.role = location.role();
            row.persist();
        }
    }

    private List<StoredAccount> load(String provider, List<AccountEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<String> accountIds = entities.stream().map(entity -> entity.accountId).toList();
        Map<String, List<Identifier>> identifiers = IdentifierEntity
                .<IdentifierEntity>list(OF_ACCOUNTS + " order by position", provider, accountIds).stream()
                .collect(Collectors.groupingBy(row -> row.accountId,
                        Collectors.mapping(row -> new Identifier(row.type, row.value), Collectors.toList())));
        Map<String, List<Location>> locations = LocationEntity
                .<LocationEntity>list(OF_ACCOUNTS + " order by position", provider, accountIds).stream()
                .collect(Collectors.groupingBy(row -> row.accountId, Collectors.mapping(
                        row -> new Location(row.dataCategory, row.country, row.site, row.custodian, row.role),
                        Collectors.toList())));
        return entities.stream()
                .map(entity -> new StoredAccount(
                        new Account(provider, entity.accountId,
                                identifiers.getOrDefault(entity.accountId, List.of()),
                                locations.getOrDefault(entity.accountId, List.of())),
                        entity.createdAt, entity.updatedAt))
                .toList();
    }
}
