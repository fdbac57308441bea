package io.lexroute.locator.api;

import io.lexroute.access.Caller;
import io.lexroute.access.Roles;

/** Who may read a provider's catalog: operators every catalog (operations), a provider only its own. */
final class CatalogAccess {

    private CatalogAccess() {
    }

    static void requireReader(Caller caller, String provider) {
        if (!caller.is(Roles.OPERATOR)) {
            caller.requireProvider(provider);
        }
    }
}
