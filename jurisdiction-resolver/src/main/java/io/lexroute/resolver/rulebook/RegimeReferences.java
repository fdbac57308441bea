package io.lexroute.resolver.rulebook;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every rule belongs to a regime that an {@link InstrumentApplicability} rule defines, so that a misspelt
 * regime stops the load instead of leaving a rule that can never fire.
 */
final class RegimeReferences {

    private RegimeReferences() {
    }

    static void check(List<Rule> rules) {
        Set<String> defined = rules.stream()
                .filter(InstrumentApplicability.class::isInstance)
                .map(rule -> ((InstrumentApplicability) rule).regime())
                .collect(Collectors.toSet());
        for (Rule rule : rules) {
            String regime = regimeOf(rule);
            if (!defined.contains(regime)) {
                throw new InvalidRulebookException("Invalid rulebook: rule '" + rule.id() + "', field 'regime' names '"
                        + regime + "', which no INSTRUMENT_APPLICABILITY rule defines");
            }
        }
    }

    private static String regimeOf(Rule rule) {
        if (rule instanceof InstrumentApplicability r) {
            return r.regime();
        }
        if (rule instanceof RedirectChannel r) {
            return r.regime();
        }
        return scopeOf(rule).regime();
    }

    private static Scope scopeOf(Rule rule) {
        if (rule instanceof InstrumentScope r) {
            return r.scope();
        }
        if (rule instanceof ProviderBinding r) {
            return r.scope();
        }
        if (rule instanceof IssuerCompetence r) {
            return r.scope();
        }
        if (rule instanceof OffenceThreshold r) {
            return r.scope();
        }
        if (rule instanceof TerritorialDoctrineRule r) {
            return r.scope();
        }
        if (rule instanceof KnownConflict r) {
            return r.scope();
        }
        if (rule instanceof NotificationDuty r) {
            return r.scope();
        }
        if (rule instanceof AnswerDeadline r) {
            return r.scope();
        }
        if (rule instanceof TargetingRestriction r) {
            return r.scope();
        }
        if (rule instanceof PreservationPeriod r) {
            return r.scope();
        }
        return ((EmergencyRequirement) rule).scope();
    }
}
