package io.lexroute.gateway;

import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewAction;

/**
 * A legal reviewer's decision on one outcome: release, refuse or object (Art. 17), with the reviewer's name and
 * written reason.
 */
public record ReviewDecision(String reviewer, OutcomeKey outcome, ReviewAction decided, String reason) {
}
