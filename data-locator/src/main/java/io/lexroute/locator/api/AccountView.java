package io.lexroute.locator.api;

import io.lexroute.locator.domain.Identifier;
import io.lexroute.locator.domain.Location;
import io.lexroute.locator.persistence.StoredAccount;
import java.time.Instant;
import java.util.List;

/** An account of the catalog as the API shows it: the PUT body plus its keys and write times. */
public record AccountView(
        String provider,
        String accountId,
        List<Identifier> identifiers,
        List<Location> locations,
        Instant createdAt,
        Instant updatedAt) {

    static AccountView of(StoredAccount stored) {
        return new AccountView(stored.account().provider(), stored.account().accountId(),
                stored.account().identifiers(), stored.account().locations(), stored.createdAt(),
                stored.updatedAt());
    }
}
