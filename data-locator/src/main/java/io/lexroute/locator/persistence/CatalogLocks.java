package io.lexroute.locator.persistence;

import io.lexroute.outbox.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one account, or of one provider's addressee, across threads and instances: a PostgreSQL
 * advisory lock held until the transaction ends. A write takes it before it reads what it replaces, so two PUTs of
 * one account run one after the other (the last one wins whole; a second identical one finds nothing to change, and
 * of two creating the account the second finds it created), and a PUT and a DELETE find the entry there or gone, not
 * half replaced. An advisory lock rather than the row's {@code select ... for update}, since a new account or
 * addressee has no row to lock yet. Two keys that hash alike only make their writes wait for one another.
 */
@ApplicationScoped
public class CatalogLocks {

    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAccount(String provider, String accountId) {
        // A provider id holds no space, so provider and account id cannot run into one another.
        PlainSql.run(AccountEntity.getEntityManager(),
                "select pg_advisory_xact_lock(hashtext('data-locator.account'), hashtext(? || ' ' || ?))",
                provider, accountId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAddressee(String provider) {
        PlainSql.run(AddresseeEntity.getEntityManager(),
                "select pg_advisory_xact_lock(hashtext('data-locator.addressee'), hashtext(?))", provider);
    }
}
