package io.lexroute.locator.persistence;

import io.lexroute.locator.domain.Account;
import java.time.Instant;

/** An account of the catalog with when it was first and last written. */
public record StoredAccount(Account account, Instant createdAt, Instant updatedAt) {
}
