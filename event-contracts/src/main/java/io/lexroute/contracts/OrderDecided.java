package io.lexroute.contracts;

import java.util.UUID;

/**
 * response-gateway reached (or revised) the outcomes for an order. {@code revision} grows by one each time the
 * gateway changes its decision (a hold that ends, a reviewer who decides), so readers keep the newest.
 * {@code refusalDocumentLink} is where the issuing authority reads the refusal document (an absolute URL), set when an
 * outcome is refused or redirected and null otherwise.
 */
public record OrderDecided(UUID orderId, int revision, OrderStatus status, Decision decision,
        String refusalDocumentLink) implements OrderEvent {

    /** A decision that refuses and redirects nothing, or an event from a gateway that predates the link. */
    public OrderDecided(UUID orderId, int revision, OrderStatus status, Decision decision) {
        this(orderId, revision, status, decision, null);
    }
}
