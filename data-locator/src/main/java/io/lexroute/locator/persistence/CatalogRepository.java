package io.lexroute.locator.persistence;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import io.lexroute.locator.domain.Account;
import io.lexroute.locator.domain.Identifier;
import io.lexroute.locator.domain.IdentifierKey;
import io.lexroute.locator.domain.Location;
import io.lexroute.outbox.PlainSql;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /**
     * For each provider, its accounts that hold at least one of the provider's {@code keys}, by account id. The hot
     * path of every assessed order, so one statement for a whole poll: the keys go in as arrays (one SQL text
     * whatever their number, run as plain SQL: see PlainSql), and the holders' identifiers and locations come back as
     * one list of rows, told apart by {@code kind}.
     */
    public Map<String, List<Account>> holding(Map<String, ? extends Collection<IdentifierKey>> keysByProvider) {
        List<String> providers = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> matchValues = new ArrayList<>();
        keysByProvider.forEach((provider, keys) -> keys.forEach(key -> {
            providers.add(provider);
            types.add(key.type().name());
            matchValues.add(key.matchValue());
        }));
        if (providers.isEmpty()) {
            return Map.of();
        }
        List<CatalogRow> rows = PlainSql.list(AccountEntity.getEntityManager(), """
                with wanted (provider_id, type, match_value) as (
                    select * from unnest(?::text[], ?::text[], ?::text[])),
                holder as (
                    select distinct provider_id, account_id
                    from account_identifier join wanted using (provider_id, type, match_value))
                select 'IDENTIFIER' as kind, provider_id, account_id, position,
                       type as category_or_type, value as country_or_value,
                       null as site, null as custodian, null as role
                from account_identifier join holder using (provider_id, account_id)
                union all
                select 'LOCATION', provider_id, account_id, position,
                       data_category, cast(country as text), site, custodian, role
                from storage_location join holder using (provider_id, account_id)
                order by provider_id, account_id, kind, position""",
                row -> new CatalogRow(row.getString(1), new AccountKey(row.getString(2), row.getString(3)),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)),
                PlainSql.array("text", providers), PlainSql.array("text", types),
                PlainSql.array("text", matchValues));
        return accountsOf(rows);
    }

    private static Map<String, List<Account>> accountsOf(List<CatalogRow> rows) {
        Map<AccountKey, List<Identifier>> identifiers = new LinkedHashMap<>();
        Map<AccountKey, List<Location>> locations = new HashMap<>();
        for (CatalogRow row : rows) {
            List<Identifier> accountIdentifiers = identifiers.computeIfAbsent(row.account(), key -> new ArrayList<>());
            if ("IDENTIFIER".equals(row.kind())) {
                accountIdentifiers.add(new Identifier(TargetType.valueOf(row.categoryOrType()), row.countryOrValue()));
            } else {
                locations.computeIfAbsent(row.account(), key -> new ArrayList<>())
                        .add(new Location(DataCategory.valueOf(row.categoryOrType()), row.countryOrValue(), row.site(),
                                row.custodian(), StorageLocation.Role.valueOf(row.role())));
            }
        }
        Map<String, List<Account>> accounts = new HashMap<>();
        identifiers.forEach((account, ids) -> accounts.computeIfAbsent(account.provider(), p -> new ArrayList<>())
                .add(new Account(account.provider(), account.accountId(), ids,
                        locations.getOrDefault(account, List.of()))));
        return accounts;
    }

    private record AccountKey(String provider, String accountId) {
    }

    /** One row of {@link #holding}: an identifier of the account, or one of its storage locations. */
    private record CatalogRow(String kind, AccountKey account, String categoryOrType, String countryOrValue,
            String site, String custodian, String role) {
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
        // The identifiers go in in the order of their keys, whatever their positions: two accounts claiming the same
        // new identifiers then wait for one another on the first of them, and the second gets the unique key's
        // conflict, rather than each holding one that the other waits for (a deadlock).
        List<Integer> inKeyOrder = IntStream.range(0, account.identifiers().size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> account.identifiers().get(i).key().type())
                        .thenComparing(i -> account.identifiers().get(i).key().matchValue()))
                .toList();
        for (int i : inKeyOrder) {
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
