package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.Preservation;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.resolver.rulebook.PreservationPeriod;
import io.lexroute.resolver.rulebook.RulesInForce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For an instrument that only asks the provider to preserve data: how long the duty lasts, and the category
 * assessment that says "preserve, do not disclose" instead of permitting release.
 */
final class PreservationTerms {

    static final String DEFAULT_CODE = "PRESERVATION_PERIOD";

    private final RulesInForce rules;
    private final OrderFacts facts;
    private final String regime;
    private final FiredRuleLog fired;
    private final DataCategory category;

    PreservationTerms(RulesInForce rules, OrderFacts facts, String regime, FiredRuleLog fired, DataCategory category) {
        this.rules = rules;
        this.facts = facts;
        this.regime = regime;
        this.fired = fired;
        this.category = category;
    }

    /** The period in force; without one the category goes to a reviewer, since release is never the answer. */
    Optional<PreservationPeriod> period(Findings findings, String rulebookVersion) {
        Optional<PreservationPeriod> period = rules.ofKind(PreservationPeriod.class).stream()
                .filter(rule -> rule.scope().covers(regime, facts.instrument(), category))
                .max(Comparator.comparing(rule -> rule.header().validFrom()));
        if (period.isEmpty()) {
            findings.leaveOpen(Grounds.noApplicableRule(rulebookVersion, "No rule in force on " + facts.lawDate()
                    + " says how long " + category + " data must be preserved under " + facts.instrument()
                    + "; the order asks only for preservation, so the data is not to be disclosed."));
        }
        return period;
    }

    /** The lawful category, turned into a preservation that ends {@code periodDays} after receipt of the order. */
    CategoryAssessment preserve(CategoryAssessment lawful, PreservationPeriod period, Instant receivedAt) {
        Instant expiresAt = receivedAt.plus(Duration.ofDays(period.periodDays()));
        String code = period.header().code() == null ? DEFAULT_CODE : period.header().code();
        Ground ground = Grounds.explained(period, code, "Preserve the " + category + " data, without disclosing "
                + "it, until " + expiresAt + " (" + period.periodDays() + " days after the order was received).");
        fired.record(period, category + ": preserve, do not disclose, until " + expiresAt);
        List<Ground> grounds = new ArrayList<>();
        grounds.add(ground);
        grounds.addAll(lawful.grounds());
        return new CategoryAssessment(category, Disposition.PRESERVE, List.copyOf(grounds), lawful.doctrine(),
                lawful.reachableCountries(), lawful.redirects(), lawful.conflicts(), null,
                new Preservation(ground, period.periodDays(), period.extensionDays(), expiresAt));
    }
}
