package io.lexroute.locator.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * When the assessment each order of a batch was last located with was made (its {@code assessedAt}): read once for
 * the batch, then moved on as the batch's orders are located, so that of two assessments of one order in a batch the
 * second is compared with the first. An assessment made strictly before that one is superseded: it reached
 * data-locator late (a dead-lettered event put back, or one of a partition added since) and is not located on top of
 * the newer one. One made at the same instant is not superseded (the same assessment again).
 */
public final class LastAssessments {

    private final Map<UUID, Instant> byOrder;

    /** @param byOrder for each order located before with a known assessment, when that assessment was made */
    public LastAssessments(Map<UUID, Instant> byOrder) {
        this.byOrder = new HashMap<>(byOrder);
    }

    /**
     * When the assessment the order was last located with was made, if that is strictly after {@code assessedAt}; empty
     * when the order was not located before, or {@code assessedAt} is not known.
     */
    public Optional<Instant> supersededBy(UUID orderId, Instant assessedAt) {
        Instant last = byOrder.get(orderId);
        return last != null && assessedAt != null && assessedAt.isBefore(last) ? Optional.of(last) : Optional.empty();
    }

    /** Records that the order was located with an assessment made at {@code assessedAt} (nothing when unknown). */
    public void located(UUID orderId, Instant assessedAt) {
        if (assessedAt != null) {
            byOrder.merge(orderId, assessedAt, (last, next) -> next.isAfter(last) ? next : last);
        }
    }
}
