package io.lexroute.gateway.domain;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Derives the next revision of a decision from the current one and what changed. */
public final class DecisionRevisions {

    private DecisionRevisions() {
    }

    /**
     * The changed outcomes replaced in place (a preservation's end as the change gives it), every other outcome as it
     * was, the same rulebook version, and the new decision time.
     *
     * @throws IllegalArgumentException when a change names no outcome of the decision, or one outcome twice
     */
    public static Decision apply(Decision current, List<OutcomeChange> changes, Instant decidedAt) {
        Map<OutcomeKey, OutcomeChange> byKey = new LinkedHashMap<>();
        for (OutcomeChange change : changes) {
            if (byKey.put(change.key(), change) != null) {
                throw new IllegalArgumentException("outcome " + change.key() + " is changed twice");
            }
        }
        List<CategoryOutcome> outcomes = new ArrayList<>();
        Set<OutcomeKey> applied = new HashSet<>();
        for (CategoryOutcome outcome : current.outcomes()) {
            OutcomeChange change = byKey.get(OutcomeKey.of(outcome));
            if (change == null) {
                outcomes.add(outcome);
                continue;
            }
            List<Ground> grounds = new ArrayList<>(change.grounds());
            if (change.keepsEarlierGrounds() && outcome.grounds() != null) {
                grounds.addAll(outcome.grounds());
            }
            outcomes.add(new CategoryOutcome(outcome.dataCategory(), outcome.location(), change.outcome(),
                    List.copyOf(grounds), change.preservationExpiresAt()));
            applied.add(change.key());
        }
        if (applied.size() != byKey.size()) {
            List<OutcomeKey> unknown = byKey.keySet().stream().filter(key -> !applied.contains(key)).toList();
            throw new IllegalArgumentException("the decision has no outcome " + unknown);
        }
        return new Decision(List.copyOf(outcomes), current.rulebookVersion(), decidedAt);
    }

    /**
     * A fresh decision (a later {@code order.located}) of an order whose preservation's period the issuing authority
     * or time has changed (Regulation (EU) 2023/1543, Art. 11): each preserved outcome shows the end the period now
     * has, the grounds of those changes first, as the revisions that made them did; unchanged when nothing changed it.
     */
    public static Decision showingPeriod(Decision fresh, PreservationPeriod period) {
        List<CategoryOutcome> outcomes = new ArrayList<>();
        for (CategoryOutcome outcome : fresh.outcomes()) {
            List<Ground> periodGrounds = outcome.outcome() == Outcome.PRESERVE && outcome.location() != null
                    ? Grounds.preservationPeriod(period, outcome.preservationExpiresAt())
                    : List.of();
            if (periodGrounds.isEmpty()) {
                outcomes.add(outcome);
                continue;
            }
            List<Ground> grounds = new ArrayList<>(periodGrounds);
            if (outcome.grounds() != null) {
                grounds.addAll(outcome.grounds());
            }
            outcomes.add(new CategoryOutcome(outcome.dataCategory(), outcome.location(), outcome.outcome(),
                    List.copyOf(grounds), period.decisionEnd(outcome.preservationExpiresAt())));
        }
        return new Decision(List.copyOf(outcomes), fresh.rulebookVersion(), fresh.decidedAt());
    }
}
