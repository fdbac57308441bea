package io.lexroute.locator.api;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the catalog API will check that the caller acts for the provider in the path (a provider sees and changes
 * only its own catalog). Provider authentication is not built yet, so this lets every caller through; it is the one
 * place to change when it is.
 */
@ApplicationScoped
public class ProviderAccess {

    public void checkActsFor(String provider) {
        // Not enforced yet: see the class comment.
    }
}
