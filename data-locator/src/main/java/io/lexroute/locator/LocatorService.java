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
import io.lexroute.locator.domain.LastAssessments;
import io.lexroute.locator.domain.LocatedData;
import io.lexroute.locator.domain.LocationFinder;
import io.lexroute.locator.domain.Violation;
import io.lexroute.locator.persistence.AddresseeRepository;
import io.lexroute.locator.persistence.CatalogLocks;
import io.lexroute.locator.persistence.CatalogRepository;
import io.lexroute.locator.persistence.LocationLookupEntity;
import io.lexroute.locator.persistence.LocationLookupRepository;
import io.lexroute.locator.persistence.StoredAccount;
import io.lexroute.locator.persistence.StoreUnavailableException;
import io.lexroute.locator.persistence.StoredAddressee;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventOutbox;
import io.lexroute.outbox.TransientFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.function.Supplier;
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

    /**
     * What {@link #locate} needs for a batch of assessed orders, read once for the batch by {@link #prepare}: the
     * catalog's candidate accounts and addressees, and when the assessment each order was last located with was made.
     */
    public record PreparedBatch(CandidateAccounts candidates, LastAssessments lastAssessments) {
    }

    private final CatalogRepository catalog;
    private final CatalogLocks locks;
    private final AddresseeRepository addressees;
    private final LocationLookupRepository lookups;
    private final EventOutbox outbox;

    public LocatorService(CatalogRepository catalog, CatalogLocks locks, AddresseeRepository addressees,
            LocationLookupRepository lookups, EventOutbox outbox) {
        this.catalog = catalog;
        this.locks = locks;
        this.addressees = addressees;
        this.lookups = lookups;
        this.outbox = outbox;
    }

    /**
     * Stores {@code account} in place of whatever the catalog held for it; the same entry again changes nothing. The
     * account's writes are serialised ({@link CatalogLocks}), and this one reads what it replaces only once it holds
     * the lock: of two PUTs at the same time the last one wins whole, and of two creating the account the second
     * finds it there.
     */
    public WriteResult replaceAccount(Account account) {
        List<Violation> duplicates = account.duplicates();
        if (!duplicates.isEmpty()) {
            throw new InvalidAccountException(duplicates);
        }
        return write(() -> {
            locks.lockAccount(account.provider(), account.accountId());
            rejectIdentifiersOfOtherAccounts(account);
            Optional<StoredAccount> existing = catalog.find(account.provider(), account.accountId());
            if (existing.isPresent() && existing.get().account().equals(account)) {
                return new WriteResult(Write.UNCHANGED, existing.get());
            }
            // PostgreSQL keeps microseconds; truncating keeps what is answered equal to what is read later.
            boolean created = catalog.replace(account, Instant.now().truncatedTo(ChronoUnit.MICROS));
            StoredAccount stored = catalog.find(account.provider(), account.accountId()).orElseThrow();
            return new WriteResult(created ? Write.CREATED : Write.REPLACED, stored);
        });
    }

    public Optional<StoredAccount> findAccount(String provider, String accountId) {
        return catalog.find(provider, accountId);
    }

    public boolean deleteAccount(String provider, String accountId) {
        return write(() -> {
            locks.lockAccount(provider, accountId);
            return catalog.delete(provider, accountId);
        });
    }

    public AccountPage listAccounts(String provider, int page, int size) {
        return new AccountPage(catalog.page(provider, page, size), catalog.count(provider));
    }

    /**
     * Records the provider's addressee of orders in the Union in place of its previous one; the same addressee again
     * changes nothing, {@code updatedAt} included. Serialised with the provider's other addressee writes, as accounts
     * are.
     */
    public AddresseeWriteResult replaceAddressee(String provider, EuAddressee addressee) {
        return write(() -> {
            locks.lockAddressee(provider);
            Optional<StoredAddressee> existing = addressees.find(provider);
            if (existing.isPresent() && existing.get().addressee().equals(addressee)) {
                return new AddresseeWriteResult(Write.UNCHANGED, existing.get());
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            boolean created = addressees.replace(provider, addressee, now);
            return new AddresseeWriteResult(created ? Write.CREATED : Write.REPLACED,
                    new StoredAddressee(provider, addressee, now));
        });
    }

    public Optional<StoredAddressee> findAddressee(String provider) {
        return addressees.find(provider);
    }

    public boolean deleteAddressee(String provider) {
        return write(() -> {
            locks.lockAddressee(provider);
            return addressees.delete(provider);
        });
    }

    /**
     * Prepares a batch of assessed orders: locks the orders and reads when the assessment each was last located with
     * was made, then reads the accounts of each provider that hold any of the orders' targets, and the providers'
     * addressees. Three queries (and the lock) for the batch rather than several per order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PreparedBatch prepare(List<OrderAssessed> batch) {
        LastAssessments lastAssessments = new LastAssessments(lookups.lockAndFindLastAssessedAt(
                batch.stream().map(OrderAssessed::orderId).toList()));
        Map<String, Set<IdentifierKey>> keysByProvider = new LinkedHashMap<>();
        for (OrderAssessed assessed : batch) {
            keysByProvider.computeIfAbsent(assessed.order().provider(), provider -> new LinkedHashSet<>())
                    .addAll(LocationFinder.keysOf(assessed.order().targets()));
        }
        return new PreparedBatch(
                new CandidateAccounts(catalog.holding(keysByProvider), addressees.of(keysByProvider.keySet())),
                lastAssessments);
    }

    /**
     * Finds where the assessed order's data is stored among the batch's candidates (read by {@link #prepare} in the
     * same transaction), records the lookup and appends {@link OrderLocated} with the provider's addressee of orders
     * in the Union, all in the caller's transaction (the inbox's), so the record and the event exist together or not
     * at all. An assessment made before the one the order was last located with is superseded: nothing is recorded
     * nor published for it (empty), and a warning says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrderLocated> locate(OrderAssessed assessed, PreparedBatch batch) {
        Instant assessedAt = assessed.assessment() == null ? null : assessed.assessment().assessedAt();
        Optional<Instant> newer = batch.lastAssessments().supersededBy(assessed.orderId(), assessedAt);
        if (newer.isPresent()) {
            LOG.warnf("Not locating order %s: its assessment made at %s is older than the one made at %s that it was "
                    + "already located with; nothing is published for it", assessed.orderId(), assessedAt, newer.get());
            return Optional.empty();
        }
        String provider = assessed.order().provider();
        LocatedData found = LocationFinder.locate(assessed.order().targets(), assessed.order().dataCategories(),
                batch.candidates().of(provider));
        EuAddressee addressee = batch.candidates().addresseeOf(provider);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        recordLookup(assessed, assessedAt, found, addressee, now);
        batch.lastAssessments().located(assessed.orderId(), assessedAt);
        OrderLocated located = new OrderLocated(assessed.orderId(), assessed.order(), assessed.assessment(),
                found.locations(), found.unmatchedTargets(), now, addressee);
        outbox.append(located);
        LOG.debugf("Located order %s: %d location(s), %d unmatched target(s)", assessed.orderId(),
                found.locations().size(), found.unmatchedTargets().size());
        return Optional.of(located);
    }

    /**
     * Runs a write of the catalog or of an addressee in a transaction of its own; once more when it lost a race to a
     * concurrent transaction (a deadlock, say: one account's writes are serialised, but two accounts' identifiers can
     * still cross). A database that is away, or a second lost race, is a {@link StoreUnavailableException}.
     */
    private static <T> T write(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (TransientFailures.isDatabaseUnavailable(e) || attempt == 2) {
                    throw new StoreUnavailableException(e);
                }
                LOG.warnf("A catalog write lost a race to a concurrent transaction; trying it again: %s", e.toString());
            }
        }
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

    private void recordLookup(OrderAssessed assessed, Instant assessedAt, LocatedData found, EuAddressee addressee,
            Instant now) {
        LocationLookupEntity lookup = new LocationLookupEntity();
        lookup.orderId = assessed.orderId();
        lookup.assessedAt = assessedAt;
        lookup.providerId = assessed.order().provider();
        lookup.locatedAt = now;
        lookup.locations = new String(EventJson.write(found.locations()), UTF_8);
        lookup.unmatchedTargets = new String(EventJson.write(found.unmatchedTargets()), UTF_8);
        lookup.addressee = addressee == null ? null : new String(EventJson.write(addressee), UTF_8);
        lookups.persist(lookup);
    }
}
