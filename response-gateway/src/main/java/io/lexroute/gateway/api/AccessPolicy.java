package io.lexroute.gateway.api;

import io.lexroute.access.AccessDeniedException;
import io.lexroute.access.Caller;
import io.lexroute.access.Roles;
import io.lexroute.gateway.GatewayService;
import io.lexroute.gateway.HoldService;
import io.lexroute.gateway.PreservationService;
import io.lexroute.gateway.ReleaseService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Whose orders and tasks the caller may touch, once {@code @RolesAllowed} has admitted its role. Another party's
 * order or task and one that does not exist get the same 403, with a detail naming only the id the caller sent, so
 * that ids cannot be probed.
 */
@ApplicationScoped
public class AccessPolicy {

    private final Caller caller;
    private final GatewayService gateway;
    private final ReleaseService releases;
    private final HoldService holds;
    private final PreservationService preservations;

    public AccessPolicy(Caller caller, GatewayService gateway, ReleaseService releases, HoldService holds,
            PreservationService preservations) {
        this.caller = caller;
        this.gateway = gateway;
        this.releases = releases;
        this.holds = holds;
        this.preservations = preservations;
    }

    /** The order's packages and refusal document: the authority that submitted it, and no one else. */
    public void requireSubmitter(UUID orderId) {
        if (!isSubmitter(orderId)) {
            throw notYourOrder(orderId);
        }
    }

    /** The decision on an order: operators and legal reviewers, and the authority that submitted it. */
    public void requireDecisionReader(UUID orderId) {
        if (!isStaff() && !isSubmitter(orderId)) {
            throw notYourOrder(orderId);
        }
    }

    /**
     * The holds of an order: whoever may read its decision, and an authority of a State that may object to them.
     *
     * @return the State whose holds the caller may read; empty for all of them
     */
    public Optional<String> requireHoldReader(UUID orderId) {
        if (isStaff() || isSubmitter(orderId)) {
            return Optional.empty();
        }
        return Optional.of(enforcingCountry(orderId).orElseThrow(() -> notYourOrder(orderId)));
    }

    /**
     * An objection to the holds of an order: a legal reviewer, recording one received through official channels
     * (every hold of the order), or an authority of an enforcing State of the holds (the holds of its State only).
     *
     * @return the State whose holds the objection may refuse; empty for all of them
     */
    public Optional<String> requireObjector(UUID orderId) {
        if (caller.is(Roles.LEGAL_REVIEWER)) {
            return Optional.empty();
        }
        return Optional.of(enforcingCountry(orderId).orElseThrow(() -> notYourOrder(orderId)));
    }

    /** A provider's task list: that provider's own integration. */
    public void requireProvider(String provider) {
        caller.requireProvider(provider);
    }

    /** A release task of a provider: that provider's own integration, and only for a task created for it. */
    public void requireOwnTask(String provider, UUID taskId) {
        requireOwn(provider, taskId, releases::providerOfTask, "Release task ");
    }

    /** A preservation task of a provider: that provider's own integration, and only for a task created for it. */
    public void requireOwnPreservationTask(String provider, UUID taskId) {
        requireOwn(provider, taskId, preservations::providerOfTask, "Preservation task ");
    }

    private void requireOwn(String provider, UUID taskId, Function<UUID, Optional<String>> providerOfTask,
            String kind) {
        caller.requireProvider(provider);
        if (!providerOfTask.apply(taskId).map(provider::equals).orElse(false)) {
            throw new AccessDeniedException(kind + taskId + " is not a task of provider '" + provider + "'.");
        }
    }

    /** The caller's name from its token (never from a request body), e.g. for a reviewer's decision. */
    public String callerName() {
        return caller.displayName();
    }

    /**
     * The caller as the audit log and the chain of custody name it: {@code provider <id>}, {@code authority
     * <tenant>}, {@code legal-reviewer <name>} or {@code operator <name>}.
     */
    public String actor() {
        return caller.providerTenant().map(provider -> "provider " + provider)
                .or(() -> caller.authorityTenant().map(tenant -> "authority " + tenant))
                .orElseGet(() -> (caller.is(Roles.LEGAL_REVIEWER) ? "legal-reviewer "
                        : caller.is(Roles.OPERATOR) ? "operator " : "") + caller.displayName());
    }

    private boolean isStaff() {
        return caller.is(Roles.OPERATOR) || caller.is(Roles.LEGAL_REVIEWER);
    }

    private boolean isSubmitter(UUID orderId) {
        return caller.authorityTenant()
                .map(tenant -> gateway.submitterOf(orderId).map(tenant::equals).orElse(false))
                .orElse(false);
    }

    /** The caller's State, when it is an authority of a State that may object to one of the order's holds. */
    private Optional<String> enforcingCountry(UUID orderId) {
        return caller.authorityTenant().flatMap(tenant -> caller.authorityCountry())
                .filter(country -> holds.enforcingStates(orderId).contains(country));
    }

    private static AccessDeniedException notYourOrder(UUID orderId) {
        return new AccessDeniedException("Order " + orderId + " is not open to these credentials.");
    }
}
