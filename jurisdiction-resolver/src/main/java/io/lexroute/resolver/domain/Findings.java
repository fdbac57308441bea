package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Ground;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checks found for one data category. Any refusal decides the category, since a defect in the order makes
 * it unlawful whatever else is unknown; otherwise an open question leaves it to a person.
 */
final class Findings {

    private final List<Ground> supporting = new ArrayList<>();
    private final List<Ground> refusals = new ArrayList<>();
    private final List<Ground> openQuestions = new ArrayList<>();

    void support(Ground ground) {
        supporting.add(ground);
    }

    void refuse(Ground ground) {
        refusals.add(ground);
    }

    void leaveOpen(Ground ground) {
        openQuestions.add(ground);
    }

    Disposition disposition() {
        if (!refusals.isEmpty()) {
            return Disposition.REFUSED;
        }
        return openQuestions.isEmpty() ? Disposition.PERMITTED : Disposition.NO_APPLICABLE_RULE;
    }

    boolean hasRefusals() {
        return !refusals.isEmpty();
    }

    List<Ground> openQuestions() {
        return List.copyOf(openQuestions);
    }

    /** What supports the order, whatever else was found. */
    List<Ground> supportingGrounds() {
        return List.copyOf(supporting);
    }

    List<Ground> grounds() {
        return List.copyOf(switch (disposition()) {
            case REFUSED -> refusals;
            case NO_APPLICABLE_RULE -> openQuestions;
            case PERMITTED, PRESERVE -> supporting;
        });
    }
}
