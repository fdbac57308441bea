package io.lexroute.locator.domain;

import io.lexroute.contracts.TargetType;

/** Something an order may name to designate an account: its id, an e-mail address, a phone number, ... */
public record Identifier(TargetType type, String value) {

    public IdentifierKey key() {
        return IdentifierKey.of(type, value);
    }
}
