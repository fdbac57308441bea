package io.lexroute.gateway.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.EevidStates;
import io.lexroute.contracts.OrderLocated;
import java.util.Optional;

/** The notification hold the resolver set on a category of a located order, if any, and who may object to it. */
public final class NotificationHolds {

    private NotificationHolds() {
    }

    public static Optional<Assessment.Hold> of(OrderLocated located, DataCategory category) {
        return DecisionMaker.assessmentOf(located.assessment(), category).map(Assessment.CategoryAssessment::hold);
    }

    /**
     * The Member State notified of the order, whose authority may object to a hold: that of the provider's addressee
     * of orders in the Union (Regulation (EU) 2023/1543, Art. 8). For a provider that recorded no addressee, and for
     * an event from a data-locator that predates it, the State where the held data is stored ({@code storedIn}), if
     * it takes part in the Regulation. Empty where that State is the issuing State itself, which is not notified of
     * its own order, or where the data is stored outside the Member States taking part.
     */
    public static Optional<String> enforcingState(OrderLocated located, String storedIn) {
        String state = located.addressee() != null ? located.addressee().country() : storedIn;
        String issuing = located.order().issuingAuthority() == null
                ? null : located.order().issuingAuthority().country();
        return EevidStates.takesPart(state) && !state.equals(issuing) ? Optional.of(state) : Optional.empty();
    }
}
