package io.lexroute.resolver.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.resolver.rulebook.EmergencyRequirement;
import io.lexroute.resolver.rulebook.RulesInForce;
import io.lexroute.resolver.rulebook.TargetingRestriction;

/** Checks what the regime demands of the order itself: whom it may target, and whether it needs an emergency. */
final class OrderConditions {

    private final RulesInForce rules;
    private final OrderFacts facts;
    private final String regime;
    private final FiredRuleLog fired;
    private final DataCategory category;

    OrderConditions(RulesInForce rules, OrderFacts facts, String regime, FiredRuleLog fired, DataCategory category) {
        this.rules = rules;
        this.facts = facts;
        this.regime = regime;
        this.fired = fired;
        this.category = category;
    }

    void check(Findings findings) {
        rules.ofKind(TargetingRestriction.class).stream()
                .filter(rule -> rule.scope().covers(regime, facts.instrument(), category))
                .forEach(rule -> checkTarget(rule, findings));
        rules.ofKind(EmergencyRequirement.class).stream()
                .filter(rule -> rule.scope().covers(regime, facts.instrument(), category))
                .forEach(rule -> checkEmergency(rule, findings));
    }

    private void checkTarget(TargetingRestriction rule, Findings findings) {
        String residence = facts.residenceCountry();
        if (rule.forbids(residence)) {
            Ground ground = Grounds.explained(rule, rule.header().code(), "The person whose data is sought resides in "
                    + residence + ".");
            if (rule.reviewWhenForbidden()) {
                findings.leaveOpen(ground);
                fired.record(rule, category + ": legal review, the person resides in " + residence);
            } else {
                findings.refuse(ground);
                fired.record(rule, category + ": refused, the person resides in " + residence);
            }
        } else if (residence == null) {
            if (rule.reviewWhenResidenceUnknown()) {
                findings.leaveOpen(Grounds.explained(rule, "SUBJECT_RESIDENCE_UNKNOWN", "The order does not say "
                        + "where the person whose data is sought resides, so the targeting limit cannot be checked."));
                fired.record(rule, category + ": legal review, residence of the person unknown");
            } else {
                fired.record(rule, category + ": not checked, the order does not say where the person resides");
            }
        } else {
            findings.support(Grounds.explained(rule, "TARGETING_LIMIT_RESPECTED", "The person whose data is sought "
                    + "resides in " + residence + "."));
            fired.record(rule, category + ": targeting limit respected");
        }
    }

    private void checkEmergency(EmergencyRequirement rule, Findings findings) {
        if (facts.emergency()) {
            findings.support(Grounds.explained(rule, "EMERGENCY_DECLARED", "The order declares an emergency."));
            fired.record(rule, category + ": emergency declared");
        } else {
            findings.refuse(Grounds.explained(rule, rule.header().code(), "The order declares no emergency."));
            fired.record(rule, category + ": refused, no emergency declared");
        }
    }
}
