package io.lexroute.gateway.domain;

import io.lexroute.contracts.OrderLocated;
import java.time.Instant;

/**
 * Which of two locations of one order came later: the one built on the later assessment, and of two built on the same
 * assessment (data-locator locates again when a provider corrects its catalog), the one located later. Both times come
 * from the step that made them, so instances of a step whose clocks disagree by more than the time between two of an
 * order's assessments could misjudge; no order is assessed twice within such a span in practice.
 */
public final class LocationOrder {

    private LocationOrder() {
    }

    /** Whether {@code candidate} is older than {@code applied}; equal ones are not (a location is not its own elder). */
    public static boolean isOlder(OrderLocated candidate, OrderLocated applied) {
        Instant candidateAssessed = assessedAt(candidate);
        Instant appliedAssessed = assessedAt(applied);
        if (candidateAssessed != null && appliedAssessed != null && !candidateAssessed.equals(appliedAssessed)) {
            return candidateAssessed.isBefore(appliedAssessed);
        }
        return candidate.locatedAt() != null && applied.locatedAt() != null
                && candidate.locatedAt().isBefore(applied.locatedAt());
    }

    public static Instant assessedAt(OrderLocated located) {
        return located.assessment() == null ? null : located.assessment().assessedAt();
    }
}
