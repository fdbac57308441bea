package io.lexroute.gateway;

import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewAction;

/**
 * A legal reviewer's decision on one outcome: release, refuse or object (Art. 17), with the reviewer's name and
 * written reason. {@code reviewRevision}: the review's {@code decisionRevision} the reviewer read, when given; the
 * decision is refused if the review has changed since.
 */
public record ReviewDecision(String reviewer, OutcomeKey outcome, ReviewAction decided, String reason,
        Integer reviewRevision) {
}
