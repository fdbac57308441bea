package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment.FiredRule;
import io.lexroute.resolver.rulebook.Rule;

import java.util.ArrayList;
import java.util.List;

/** Every rule that influenced the assessment, in the order it fired, with what it did. */
final class FiredRuleLog {

    private final List<FiredRule> fired = new ArrayList<>();

    void record(Rule rule, String effect) {
        String uncertain = rule.header().uncertain();
        String fullEffect = uncertain == null ? effect : effect + " [uncertain: " + uncertain + "]";
        FiredRule entry = new FiredRule(rule.id(), rule.header().citation(), fullEffect);
        if (!fired.contains(entry)) {
            fired.add(entry);
        }
    }

    List<FiredRule> entries() {
        return List.copyOf(fired);
    }
}
