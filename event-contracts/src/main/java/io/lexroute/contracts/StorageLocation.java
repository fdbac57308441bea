package io.lexroute.contracts;

/** One place that holds one category of an account's data, and the legal entity that controls it. */
public record StorageLocation(
        DataCategory dataCategory,
        String country,
        String site,
        String custodian,
        Role role,
        String accountId) {

    public enum Role {
        PRIMARY,
        REPLICA
    }
}
