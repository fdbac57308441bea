package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.RELEASE;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.OrderStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** When nothing more can happen to an order, and the status it closes with. */
public final class Completion {

    private Completion() {
    }

    /**
     * {@code DELIVERED} once every released outcome has its package; the decided status (refused, redirected) when
     * nothing is released; empty while a hold, a review or a package is still awaited.
     *
     * @param delivered the outcomes whose package has arrived
     */
    public static Optional<OrderStatus> closingStatus(List<CategoryOutcome> outcomes, Set<OutcomeKey> delivered) {
        if (outcomes.stream().anyMatch(outcome -> outcome.outcome() == HOLD || outcome.outcome() == LEGAL_REVIEW)) {
            return Optional.empty();
        }
        List<CategoryOutcome> releases = outcomes.stream().filter(outcome -> outcome.outcome() == RELEASE).toList();
        if (releases.isEmpty()) {
            return Optional.of(DecisionMaker.statusOf(outcomes));
        }
        if (releases.stream().map(OutcomeKey::of).allMatch(delivered::contains)) {
            return Optional.of(OrderStatus.DELIVERED);
        }
        return Optional.empty();
    }
}
