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
        return DecisionMaker.assessmentOf(located.assessment(), category).map(Assessment.CategoryAssessment::hold);
    }
}
