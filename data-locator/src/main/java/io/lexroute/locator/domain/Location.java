package io.lexroute.locator.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.StorageLocation;

/** One place where one category of an account's data is stored, and the legal entity in control of it. */
public record Location(DataCategory dataCategory, String country, String site, String custodian,
        StorageLocation.Role role) {

    /** Two locations of an account with the same key describe the same storage. */
    public String key() {
        return dataCategory + "|" + country + "|" + site;
    }

    public StorageLocation of(String accountId) {
        return new StorageLocation(dataCategory, country, site, custodian, role, accountId);
    }
}
