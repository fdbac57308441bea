package io.lexroute.gateway;

import io.lexroute.contracts.Outcome;
import io.lexroute.gateway.domain.OutcomeKey;

/** A legal reviewer's decision on one outcome: release or refuse, with the reviewer's name and written reason. */
public record ReviewDecision(String reviewer, OutcomeKey outcome, Outcome decided, String reason) {
}
