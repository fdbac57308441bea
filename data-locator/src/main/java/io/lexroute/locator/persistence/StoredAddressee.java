package io.lexroute.locator.persistence;

import io.lexroute.contracts.EuAddressee;
import java.time.Instant;

/** A provider's addressee of orders in the Union as recorded, with when it was last written. */
public record StoredAddressee(String provider, EuAddressee addressee, Instant updatedAt) {
}
