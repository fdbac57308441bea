package io.lexroute.locator.api;

import io.lexroute.contracts.EuAddressee;
import io.lexroute.locator.persistence.StoredAddressee;
import java.time.Instant;

/** A provider's addressee of orders in the Union as the API shows it: the PUT body plus its provider and write time. */
public record AddresseeView(String provider, EuAddressee.Kind kind, String country, String name, Instant updatedAt) {

    static AddresseeView of(StoredAddressee stored) {
        return new AddresseeView(stored.provider(), stored.addressee().kind(), stored.addressee().country(),
                stored.addressee().name(), stored.updatedAt());
    }
}
