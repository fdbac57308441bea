package io.lexroute.locator.api;

class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(String provider, String accountId) {
        super("Provider " + provider + " has no account " + accountId + " in the catalog.");
    }
}
