package io.lexroute.resolver.rulebook;

import java.time.LocalDate;

/**
 * What every rule carries: identity, validity period, the provision it rests on and a plain-language reason.
 * {@code uncertain} is set where the source marks the rule as still to be checked; {@code code} overrides the
 * ground code the evaluator would otherwise use for this kind of rule.
 */
public record RuleHeader(
        String id,
        RuleKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        String citation,
        String reason,
        String uncertain,
        String code) {

    /** Both ends are inclusive: a rule valid to 22 Mar 2018 still governs an order issued that day. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
