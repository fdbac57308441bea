package io.lexroute.locator.api;

class AddresseeNotFoundException extends RuntimeException {

    AddresseeNotFoundException(String provider) {
        super("Provider " + provider + " has recorded no addressee of orders in the Union.");
    }
}
