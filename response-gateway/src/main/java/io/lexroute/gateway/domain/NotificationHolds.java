package io.lexroute.gateway.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.OrderLocated;
import java.util.Optional;

/** The notification hold the resolver set on a category of a located order, if any. */
public final class NotificationHolds {

    private NotificationHolds() {
    }

    public static Optional<Assessment.Hold> of(OrderLocated located, DataCategory category) {
        if (located.assessment() == null || located.assessment().categories() == null) {
            return Optional.empty();
        }
        return located.assessment().categories().stream()
                .filter(assessed -> assessed.dataCategory() == category && assessed.hold() != null)
                .map(Assessment.CategoryAssessment::hold)
                .findFirst();
    }
}
