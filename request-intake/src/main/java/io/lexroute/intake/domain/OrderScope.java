package io.lexroute.intake.domain;

import io.lexroute.access.AccessDeniedException;
import java.util.Objects;

/**
 * Whose orders a caller may see: one authority tenant's own, or every order (operators, legal reviewers).
 *
 * @param tenant the authority tenant the caller is limited to, or null for every order
 */
public record OrderScope(String tenant) {

    /** The one answer an authority gets for an order id that is not its own, whether that order exists or not. */
    static final String NOT_YOURS = "No order with this id was submitted with these credentials.";

    private static final OrderScope EVERY_ORDER = new OrderScope(null);

    public static OrderScope everyOrder() {
        return EVERY_ORDER;
    }

    public static OrderScope ownOrdersOf(String tenant) {
        return new OrderScope(Objects.requireNonNull(tenant, "tenant"));
    }

    public boolean isLimitedToOneTenant() {
        return tenant != null;
    }

    /** True when this scope may see an order submitted by {@code submittedBy} (null for orders from before tenants). */
    public boolean covers(String submittedBy) {
        return tenant == null || tenant.equals(submittedBy);
    }

    /**
     * What to answer for an id this scope cannot see: a 404 for every-order scopes, and for an authority the same 403
     * whether the order belongs to someone else, does not exist, or the id is not even one.
     */
    public RuntimeException unknownOrder(String id) {
        return isLimitedToOneTenant() ? new AccessDeniedException(NOT_YOURS) : new OrderNotFoundException(id);
    }
}
