package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.REFUSE;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes the refusal document of a decision. */
public final class RefusalDocuments {

    public static final String TITLE =
            "Reasons for not producing data, in the spirit of Annex III of Regulation (EU) 2023/1543";

    private RefusalDocuments() {
    }

    /** Whether the decision refuses or redirects anything, and so has a refusal document. */
    public static boolean exists(Decision decision) {
        return decision.outcomes().stream().anyMatch(RefusalDocuments::isRefused);
    }

    /** Empty when the decision neither refuses nor redirects anything. */
    public static Optional<RefusalDocument> of(UUID orderId, Order order, int revision, OrderStatus status,
            Decision decision) {
        Set<DataCategory> located = decision.outcomes().stream().filter(outcome -> outcome.location() != null)
                .map(CategoryOutcome::dataCategory).collect(Collectors.toSet());
        List<RefusalDocument.Item> items = decision.outcomes().stream()
                .filter(RefusalDocuments::isRefused)
                .map(outcome -> item(outcome, located.contains(outcome.dataCategory())))
                .toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RefusalDocument(orderId, order.externalReference(), authority(order),
                order.provider(), order.instrument(), order.issuedAt(), revision, status, decision.decidedAt(), TITLE,
                items));
    }

    private static boolean isRefused(CategoryOutcome outcome) {
        return outcome.outcome() == REFUSE || outcome.outcome() == REDIRECT;
    }

    private static RefusalDocument.Authority authority(Order order) {
        Order.IssuingAuthority issuer = order.issuingAuthority();
        if (issuer == null) {
            return new RefusalDocument.Authority(null, null, null, null);
        }
        Order.Validation validation = issuer.validatedBy();
        String validatedBy = validation == null ? null : validation.name() + " (" + validation.type() + ")";
        return new RefusalDocument.Authority(issuer.name(), issuer.country(), issuer.type(), validatedBy);
    }

    private static RefusalDocument.Item item(CategoryOutcome outcome, boolean heldForOtherTargets) {
        List<Ground> grounds = outcome.grounds() == null ? List.of() : outcome.grounds();
        RefusalDocument.Channel channel = outcome.outcome() == REDIRECT && !grounds.isEmpty()
                ? new RefusalDocument.Channel(grounds.get(0).citation(), grounds.get(0).reason())
                : null;
        return new RefusalDocument.Item(outcome.dataCategory(), outcome.location(), outcome.outcome(),
                statement(outcome, heldForOtherTargets), grounds, channel);
    }

    private static String statement(CategoryOutcome outcome, boolean heldForOtherTargets) {
        String category = outcome.dataCategory().name().toLowerCase(Locale.ROOT);
        if (outcome.location() == null && heldForOtherTargets) {
            return "The provider holds no " + category + " data for the targets named in the grounds; none is "
                    + "produced for them.";
        }
        if (outcome.location() == null) {
            return "The provider holds no " + category + " data for this order; none is produced.";
        }
        if (outcome.outcome() == REDIRECT) {
            return "The " + category + " data stored in " + outcome.location()
                    + " cannot be produced on this order; request it through the channel named.";
        }
        return "The " + category + " data stored in " + outcome.location() + " is not produced.";
    }
}
