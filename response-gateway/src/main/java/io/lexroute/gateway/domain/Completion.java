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
     * A preservation is carried out once the provider confirmed that it keeps the data, or once the duty ended (its
     * period passed, or the issuing authority withdrew it): nothing more is awaited of it either way.
     */
    public static boolean preservationCarriedOut(PreservationTaskStatus status) {
        return status == PreservationTaskStatus.PRESERVING || status == PreservationTaskStatus.ENDED;
    }

    /**
     * {@code DELIVERED} once every released outcome has its package; the decided status (preserved, refused,
     * redirected) when nothing is released; empty while a hold, a review, a package or a preservation (the
     * provider's confirmation, or the end of the duty) is still awaited.
     *
     * @param carriedOut the outcomes carried out: their package arrived, or their preservation is carried out
     *        ({@link #preservationCarriedOut})
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
