package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.PRESERVE;
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
     * {@code DELIVERED} once every released outcome has its package; the decided status (preserved, refused,
     * redirected) when nothing is released; empty while a hold, a review, a package or the provider's confirmation
     * of a preservation is still awaited.
     *
     * @param carriedOut the outcomes the provider has carried out: their package arrived, or it confirmed that it
     *        preserves their data
     */
    public static Optional<OrderStatus> closingStatus(List<CategoryOutcome> outcomes, Set<OutcomeKey> carriedOut) {
        if (outcomes.stream().anyMatch(outcome -> outcome.outcome() == HOLD || outcome.outcome() == LEGAL_REVIEW)) {
            return Optional.empty();
        }
        if (!outcomes.stream().filter(outcome -> outcome.outcome() == RELEASE || outcome.outcome() == PRESERVE)
                .map(OutcomeKey::of).allMatch(carriedOut::contains)) {
            return Optional.empty();
        }
        boolean released = outcomes.stream().anyMatch(outcome -> outcome.outcome() == RELEASE);
        return Optional.of(released ? OrderStatus.DELIVERED : DecisionMaker.statusOf(outcomes));
    }
}
