package io.lexroute.locator.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.StorageLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an order's targets against a provider's accounts and lists every storage location of the requested
 * categories. Several targets may designate one account; its locations are then listed once.
 */
public final class LocationFinder {

    private LocationFinder() {
    }

    /**
     * @param candidates accounts of the order's provider; any that no target designates are ignored
     */
    public static LocatedData locate(List<Order.Target> targets, List<DataCategory> categories,
            Collection<Account> candidates) {
        Map<IdentifierKey, Account> accountsByIdentifier = index(candidates);
        Map<String, Account> matched = new LinkedHashMap<>();
        Set<Order.Target> unmatched = new LinkedHashSet<>();
        for (Order.Target target : targets) {
            Account account = keyOf(target).map(accountsByIdentifier::get).orElse(null);
            if (account == null) {
                unmatched.add(target);
            } else {
                matched.putIfAbsent(account.accountId(), account);
            }
        }
        return new LocatedData(locationsOf(matched.values(), categories), new ArrayList<>(unmatched));
    }

    private static Map<IdentifierKey, Account> index(Collection<Account> accounts) {
        Map<IdentifierKey, Account> index = new HashMap<>();
        for (Account account : accounts) {
            for (Identifier identifier : account.identifiers()) {
                index.put(identifier.key(), account);
            }
        }
        return index;
    }

    private static List<StorageLocation> locationsOf(Collection<Account> accounts, List<DataCategory> categories) {
        List<StorageLocation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataCategory category : new LinkedHashSet<>(categories)) {
            for (Account account : accounts) {
                for (Location location : account.locations()) {
                    if (location.dataCategory() == category
                            && seen.add(account.accountId() + "|" + location.key())) {
                        found.add(location.of(account.accountId()));
                    }
                }
            }
        }
        return found;
    }

    /** The identifiers that {@code targets} name, in the form they are matched. */
    public static List<IdentifierKey> keysOf(List<Order.Target> targets) {
        return targets.stream().map(LocationFinder::keyOf).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * Empty for a target that names nothing: one without type or value, or whose match value is empty, such as a blank
     * value or a phone number of separators only (request-intake takes any text as a target). An identifier stored
     * before the catalog refused such phone numbers may have an empty match value too; no target matches it.
     */
    private static Optional<IdentifierKey> keyOf(Order.Target target) {
        if (target == null || target.type() == null || target.value() == null) {
            return Optional.empty();
        }
        IdentifierKey key = IdentifierKey.of(target.type(), target.value());
        return key.matchValue().isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
