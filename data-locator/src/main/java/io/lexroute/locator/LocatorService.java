package io.lexroute.locator;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.EuAddressee;
import io.lexroute.contracts.OrderAssessed;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.locator.domain.Account;
import io.lexroute.locator.domain.CandidateAccounts;
import io.lexroute.locator.domain.Identifier;
import io.lexroute.locator.domain.IdentifierKey;
import io.lexroute.locator.domain.IdentifierTakenException;
import io.lexroute.locator.domain.InvalidAccountException;
import io.lexroute.locator.domain.LocatedData;
import io.lexroute.locator.domain.LocationFinder;
import io.lexroute.locator.domain.Violation;
import io.lexroute.locator.persistence.AddresseeRepository;
import io.lexroute.locator.persistence.CatalogRepository;
import io.lexroute.locator.persistence.LocationLookupEntity;
import io.lexroute.locator.persistence.LocationLookupRepository;
import io.lexroute.locator.persistence.StoredAccount;
import io.lexroute.locator.persistence.StoredAddressee;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** Keeps the providers' catalog and answers, for each assessed order, where the requested data is stored. */
@ApplicationScoped
public class LocatorService {

    private static final Logger LOG = Logger.getLogger(LocatorService.class);

    public enum Write { CREATED, REPLACED, UNCHANGED }

    public record WriteResult(Write write, StoredAccount account) {
    }

    public record AccountPage(List<StoredAccount> accounts, long total) {
    }

    public record AddresseeWriteResult(Write write, StoredAddressee addressee) {
    }

    private final CatalogRepository catalog;
    private final AddresseeRepository addressees;
    private final LocationLookupRepository lookups;
    private final EventOutbox outbox;

    public LocatorService(CatalogRepository catalog, AddresseeRepository addressees, LocationLookupRepository lookups,
            EventOutbox outbox) {
        this.catalog = catalog;
        this.addressees = addressees;
        this.lookups = lookups;
        this.outbox = outbox;
    }

    /** Stores {@code account} in place of whatever the catalog held for it; the same entry again changes nothing. */
    @Transactional
    public WriteResult replaceAccount(Account account) {
        List<Violation> duplicates = account.duplicates();
        if (!duplicates.isEmpty()) {
            throw new InvalidAccountException(duplicates);
        }
        rejectIdentifiersOfOtherAccounts(account);
        Optional<StoredAccount> existing = catalog.find(account.provider(), account.accountId());
        if (existing.isPresent() && existing.get().account().equals(account)) {
            return new WriteResult(Write.UNCHANGED, existing.get());
        }
        // PostgreSQL keeps microseconds; truncating keeps what is answered equal to what is read later.
        boolean created = catalog.replace(account, Instant.now().truncatedTo(ChronoUnit.MICROS));
        StoredAccount stored = catalog.find(account.provider(), account.accountId()).orElseThrow();
        return new WriteResult(created ? Write.CREATED : Write.REPLACED, stored);
    }

    public Optional<StoredAccount> findAccount(String provider, String accountId) {
        return catalog.find(provider, accountId);
    }

    @Transactional
    public boolean deleteAccount(String provider, String accountId) {
        return catalog.delete(provider, accountId);
    }

    public AccountPage listAccounts(String provider, int page, int size) {
        return new AccountPage(catalog.page(provider, page, size), catalog.count(provider));
    }

    /**
     * Records the provider's addressee of orders in the Union in place of its previous one; the same addressee again
     * changes nothing, {@code updatedAt} included.
     */
    @Transactional
    public AddresseeWriteResult replaceAddressee(String provider, EuAddressee addressee) {
        Optional<StoredAddressee> existing = addressees.find(provider);
        if (existing.isPresent() && existing.get().addressee().equals(addressee)) {
            return new AddresseeWriteResult(Write.UNCHANGED, existing.get());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean created = addressees.replace(provider, addressee, now);
        return new AddresseeWriteResult(created ? Write.CREATED : Write.REPLACED,
                new StoredAddressee(provider, addressee, now));
    }

    public Optional<StoredAddressee> findAddressee(String provider) {
        return addressees.find(provider);
    }

    @Transactional
    public boolean deleteAddressee(String provider) {
        return addressees.delete(provider);
    }

    /**
     * Reads, for a batch of assessed orders, the accounts of each provider that hold any of the orders' targets, and
     * the providers' addressees: two queries for the batch rather than several per order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CandidateAccounts candidatesFor(List<OrderAssessed> batch) {
        Map<String, Set<IdentifierKey>> keysByProvider = new LinkedHashMap<>();
        for (OrderAssessed assessed : batch) {
            keysByProvider.computeIfAbsent(assessed.order().provider(), provider -> new LinkedHashSet<>())
                    .addAll(LocationFinder.keysOf(assessed.order().targets()));
        }
        return new CandidateAccounts(catalog.holding(keysByProvider), addressees.of(keysByProvider.keySet()));
    }

    /**
     * Finds where the assessed order's data is stored among {@code candidates} (read by {@link #candidatesFor} in the
     * same transaction), records the lookup and appends {@link OrderLocated} with the provider's addressee of orders
     * in the Union, all in the caller's transaction (the inbox's), so the record and the event exist together or not
     * at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderLocated locate(OrderAssessed assessed, CandidateAccounts candidates) {
        String provider = assessed.order().provider();
        LocatedData found = LocationFinder.locate(assessed.order().targets(), assessed.order().dataCategories(),
                candidates.of(provider));
        EuAddressee addressee = candidates.addresseeOf(provider);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        recordLookup(assessed, found, addressee, now);
        OrderLocated located = new OrderLocated(assessed.orderId(), assessed.order(), assessed.assessment(),
                found.locations(), found.unmatchedTargets(), now, addressee);
        outbox.append(located);
        LOG.debugf("Located order %s: %d location(s), %d unmatched target(s)", assessed.orderId(),
                found.locations().size(), found.unmatchedTargets().size());
        return located;
    }

    private void rejectIdentifiersOfOtherAccounts(Account account) {
        Map<IdentifierKey, String> owners = catalog.owners(account.provider(),
                account.identifiers().stream().map(Identifier::key).toList());
        List<Violation> taken = new ArrayList<>();
        for (int i = 0; i < account.identifiers().size(); i++) {
            String owner = owners.get(account.identifiers().get(i).key());
            if (owner != null && !Objects.equals(owner, account.accountId())) {
                taken.add(new Violation("identifiers[" + i + "]", "already identifies account " + owner));
            }
        }
        if (!taken.isEmpty()) {
            throw new IdentifierTakenException(taken);
        }
    }

    private void recordLookup(OrderAssessed assessed, LocatedData found, EuAddressee addressee, Instant now) {
        LocationLookupEntity lookup = new LocationLookupEntity();
        lookup.orderId = assessed.orderId();
        lookup.providerId = assessed.order().provider();
        lookup.locatedAt = now;
        lookup.locations = new String(EventJson.write(found.locations()), UTF_8);
        lookup.unmatchedTargets = new String(EventJson.write(found.unmatchedTargets()), UTF_8);
        lookup.addressee = addressee == null ? null : new String(EventJson.write(addressee), UTF_8);
        lookups.persist(lookup);
    }
}
