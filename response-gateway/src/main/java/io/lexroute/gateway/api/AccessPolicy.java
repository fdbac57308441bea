package io.lexroute.gateway.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may do what; the one place where authentication will plug in (a later issue). Until then every check
 * allows, and the README says so. When it is enforced, a caller who may not see an order or task is answered 404,
 * exactly as if it did not exist, so nothing is disclosed about other parties' orders.
 */
@ApplicationScoped
public class AccessPolicy {

    /** Packages, manifest, refusal document and decision of an order: its issuing authority only. */
    public void ensureIssuingAuthority(UUID orderId) {
        // Allows everyone until authentication exists.
    }

    /** A provider's tasks: that provider only. */
    public void ensureProvider(String provider) {
        // Allows everyone until authentication exists.
    }

    /** An objection to a hold: the enforcing authority notified of the order. */
    public void ensureEnforcingAuthority(UUID orderId) {
        // Allows everyone until authentication exists.
    }

    /** The legal review queue: legal reviewers only. */
    public void ensureReviewer() {
        // Allows everyone until authentication exists.
    }

    /** The caller as the chain of custody names it. */
    public String caller() {
        return "unauthenticated caller";
    }
}
