package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.RELEASE;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What has already been settled for an order's outcomes, and must survive a fresh decision of the same order (a later
 * {@code order.located}, e.g. after a re-assessment by a newer rulebook): a fresh decision must not restart a window
 * that ran out, hide an objection the enforcing State made, or reopen a review a reviewer decided.
 *
 * @param objected   outcomes whose hold the enforcing State objected to (now refused)
 * @param holdsEnded outcomes whose hold window ended without an objection (now released)
 * @param reviewed   outcomes a legal reviewer decided
 * @param suspended  outcomes in review against which a reviewer filed a reasoned objection under Art. 17: execution
 *                   is suspended until a reviewer records what came of it, whatever a newer rulebook says, and a fresh
 *                   release or hold of the same category elsewhere is suspended with them
 * @param delivered  outcomes whose data package the provider has uploaded: released and delivered, which no fresh
 *                   decision undoes (nor suspends)
 */
public record SettledOutcomes(Set<OutcomeKey> objected, Set<OutcomeKey> holdsEnded, Set<OutcomeKey> reviewed,
        Set<OutcomeKey> suspended, Set<OutcomeKey> delivered) {

    /**
     * {@code fresh} with the settled outcomes of {@code latest} kept in place of what the fresh decision asks for:
     * an objection's refusal replaces a fresh release, hold or review (only a fresh refusal or redirect of its own
     * stands beside it); so does the review with a reasoned objection filed; an ended hold's outcome replaces a fresh
     * hold; a reviewer's outcome replaces a fresh review; a delivered release stays, whatever the fresh decision says
     * of its location or whether it lists it at all.
     * Anything else is the fresh decision's, with its rulebook version and time.
     */
    public Decision keptIn(Decision fresh, Decision latest) {
        Map<OutcomeKey, CategoryOutcome> earlier = new HashMap<>();
        latest.outcomes().forEach(outcome -> earlier.put(OutcomeKey.of(outcome), outcome));
        // The objections that still stand: a fresh refusal or redirect of their own outcome ends them.
        List<CategoryOutcome> standingObjections = fresh.outcomes().stream()
                .filter(outcome -> suspended.contains(OutcomeKey.of(outcome)))
                .filter(outcome -> earlier.containsKey(OutcomeKey.of(outcome)))
                .filter(outcome -> stands(OutcomeKey.of(outcome), outcome.outcome()))
                .map(outcome -> earlier.get(OutcomeKey.of(outcome)))
                .toList();
        List<CategoryOutcome> outcomes = new ArrayList<>(fresh.outcomes().stream()
                .map(outcome -> {
                    OutcomeKey key = OutcomeKey.of(outcome);
                    CategoryOutcome settled = earlier.get(key);
                    if (settled != null && (delivered.contains(key) || stands(key, outcome.outcome()))) {
                        return settled;
                    }
                    return delivered.contains(key) ? outcome
                            : suspendedCopy(outcome, standingObjections).orElse(outcome);
                })
                .toList());
        // Delivered data stays released where the fresh decision no longer lists its location too.
        Set<OutcomeKey> freshKeys = new HashSet<>();
        fresh.outcomes().forEach(outcome -> freshKeys.add(OutcomeKey.of(outcome)));
        latest.outcomes().stream()
                .filter(outcome -> delivered.contains(OutcomeKey.of(outcome)))
                .filter(outcome -> !freshKeys.contains(OutcomeKey.of(outcome)))
                .forEach(outcomes::add);
        return new Decision(outcomes, fresh.rulebookVersion(), fresh.decidedAt());
    }

    /**
     * A fresh release or hold of a category whose execution a standing objection suspends elsewhere is suspended as
     * well, in review with the objection's ground first: at a location the order did not have before (the data found
     * there on a new search, say), and at one whose earlier outcome the objection did not reach (refused or
     * redirected then, released again now).
     */
    private static Optional<CategoryOutcome> suspendedCopy(CategoryOutcome fresh,
            Collection<CategoryOutcome> standingObjections) {
        if (fresh.location() == null || fresh.outcome() != RELEASE && fresh.outcome() != HOLD) {
            return Optional.empty();
        }
        return standingObjections.stream()
                .filter(objected -> objected.dataCategory() == fresh.dataCategory())
                .flatMap(objected -> Grounds.filedObjection(objected).stream())
                .findFirst()
                .map(filed -> {
                    List<Ground> grounds = new ArrayList<>();
                    grounds.add(filed);
                    grounds.addAll(fresh.grounds() == null ? List.of() : fresh.grounds());
                    return new CategoryOutcome(fresh.dataCategory(), fresh.location(), LEGAL_REVIEW, grounds);
                });
    }

    private boolean stands(OutcomeKey key, Outcome fresh) {
        if (objected.contains(key) || suspended.contains(key)) {
            return fresh == RELEASE || fresh == HOLD || fresh == LEGAL_REVIEW;
        }
        if (holdsEnded.contains(key)) {
            return fresh == HOLD;
        }
        return reviewed.contains(key) && fresh == LEGAL_REVIEW;
    }
}
