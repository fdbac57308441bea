package io.lexroute.resolver.rulebook;

import java.time.LocalDate;
import java.util.List;

/** The versioned set of rules, with the sources their citations were checked against. */
public record Rulebook(String version, String description, List<Source> sources, List<Rule> rules) {

    public Rulebook {
        sources = List.copyOf(sources);
        rules = List.copyOf(rules);
    }

    public RulesInForce inForceOn(LocalDate lawDate) {
        return new RulesInForce(lawDate, rules.stream().filter(rule -> rule.header().inForceOn(lawDate)).toList());
    }
}
