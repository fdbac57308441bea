package io.lexroute.resolver.rulebook;

import java.time.LocalDate;
import java.util.List;

/** The rules valid on one date, in rulebook order. */
public record RulesInForce(LocalDate lawDate, List<Rule> rules) {

    public RulesInForce {
        rules = List.copyOf(rules);
    }

    public <T extends Rule> List<T> ofKind(Class<T> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
