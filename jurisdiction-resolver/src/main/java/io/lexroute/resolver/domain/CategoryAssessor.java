package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Order;
import io.lexroute.resolver.rulebook.InstrumentApplicability;
import io.lexroute.resolver.rulebook.InstrumentScope;
import io.lexroute.resolver.rulebook.IssuerCompetence;
import io.lexroute.resolver.rulebook.OffenceThreshold;
import io.lexroute.resolver.rulebook.PreservationPeriod;
import io.lexroute.resolver.rulebook.ProviderBinding;
import io.lexroute.resolver.rulebook.RulesInForce;
import io.lexroute.resolver.rulebook.TerritorialDoctrineRule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers, for one data category of an order under one regime: is the provider bound, may this authority ask, does
 * the offence qualify, and where does the regime consider the data to be. Under a preservation-only regime a lawful
 * category is preserved, never released.
 */
final class CategoryAssessor {

    private final RulesInForce rules;
    private final OrderFacts facts;
    private final InstrumentApplicability regime;
    private final FiredRuleLog fired;
    private final String rulebookVersion;
    private final Instant receivedAt;

    CategoryAssessor(RulesInForce rules, OrderFacts facts, InstrumentApplicability regime, FiredRuleLog fired,
            String rulebookVersion, Instant receivedAt) {
        this.rules = rules;
        this.facts = facts;
        this.regime = regime;
        this.fired = fired;
        this.rulebookVersion = rulebookVersion;
        this.receivedAt = receivedAt;
    }

    CategoryAssessment assess(DataCategory category) {
        Findings findings = new Findings();
        findings.support(Grounds.of(regime, "INSTRUMENT_APPLIES"));
        checkInstrumentReach(category, findings);
        checkProviderBound(category, findings);
        checkIssuer(category, findings);
        checkOffence(category, findings);
        new OrderConditions(rules, facts, regime.regime(), fired, category).check(findings);
        PreservationTerms preservation = new PreservationTerms(rules, facts, regime.regime(), fired, category);
        Optional<PreservationPeriod> period = regime.preservationOnly()
                ? preservation.period(findings, rulebookVersion)
                : Optional.empty();
        Optional<TerritorialDoctrineRule> doctrine = doctrine(category, findings);
        LocationGuidance guidance = new LocationGuidance(rules, facts, regime.regime(), fired, category, receivedAt);
        CategoryAssessment lawful;
        if (findings.disposition() == Disposition.PERMITTED) {
            lawful = guidance.permitted(doctrine.orElseThrow(), findings);
        } else if (reviewOnlyWhereReachable(findings, doctrine)) {
            lawful = guidance.permittedWithReviewWhereReachable(doctrine.get(), findings, rulebookVersion);
        } else {
            return notPermitted(category, findings, doctrine);
        }
        return period.map(p -> preservation.preserve(lawful, p, receivedAt)).orElse(lawful);
    }

    private CategoryAssessment notPermitted(DataCategory category, Findings findings,
            Optional<TerritorialDoctrineRule> doctrine) {
        if (findings.disposition() == Disposition.NO_APPLICABLE_RULE && doctrine.isPresent()) {
            fired.record(doctrine.get(), category + ": " + doctrine.get().doctrine() + " not applied, the open "
                    + "questions go to legal review wherever the data is stored");
        }
        return new CategoryAssessment(category, findings.disposition(), findings.grounds(), null, List.of(),
                List.of(), List.of(), null);
    }

    /**
     * Under a storage doctrine that says so, what the rulebook cannot settle matters only where the order reaches:
     * everywhere else it is redirected whatever the answer would be.
     */
    private static boolean reviewOnlyWhereReachable(Findings findings, Optional<TerritorialDoctrineRule> doctrine) {
        return findings.disposition() == Disposition.NO_APPLICABLE_RULE
                && doctrine.isPresent()
                && doctrine.get().reviewWhereReachable();
    }

    private void checkInstrumentReach(DataCategory category, Findings findings) {
        List<InstrumentScope> scopes = rules.ofKind(InstrumentScope.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument()))
                .toList();
        if (scopes.isEmpty()) {
            return;
        }
        Optional<InstrumentScope> reaching = scopes.stream().filter(rule -> rule.scope().covers(category)).findFirst();
        if (reaching.isPresent()) {
            findings.support(Grounds.of(reaching.get(), "INSTRUMENT_REACHES_CATEGORY"));
            fired.record(reaching.get(), category + ": " + facts.instrument() + " can obtain this category");
            return;
        }
        for (InstrumentScope scope : scopes) {
            findings.refuse(Grounds.explained(scope, "INSTRUMENT_DOES_NOT_REACH_CATEGORY",
                    facts.instrument() + " cannot obtain " + category + " data."));
            fired.record(scope, category + ": refused, outside the reach of " + facts.instrument());
        }
    }

    private void checkProviderBound(DataCategory category, Findings findings) {
        List<ProviderBinding> bindings = rules.ofKind(ProviderBinding.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument(), category))
                .filter(rule -> rule.providers().contains(facts.provider()))
                .toList();
        if (bindings.isEmpty()) {
            findings.leaveOpen(Grounds.noApplicableRule(rulebookVersion, "No rule in force on " + facts.lawDate()
                    + " establishes that provider '" + facts.provider() + "' is bound by " + regime.instrumentName()
                    + " for " + category + " data."));
            return;
        }
        for (ProviderBinding binding : bindings) {
            findings.support(Grounds.of(binding, "PROVIDER_BOUND"));
            fired.record(binding, category + ": provider '" + facts.provider() + "' bound as "
                    + binding.classification());
        }
    }

    private void checkIssuer(DataCategory category, Findings findings) {
        List<IssuerCompetence> competences = rules.ofKind(IssuerCompetence.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument(), category))
                .toList();
        if (competences.isEmpty() || facts.authorityType() == null) {
            findings.leaveOpen(Grounds.noApplicableRule(rulebookVersion, "No rule in force on " + facts.lawDate()
                    + " says whether " + describeIssuer() + " may issue " + facts.instrument() + " for " + category
                    + " data."));
            return;
        }
        new IssuerCheck(facts, fired, category).apply(competences, findings);
    }

    private void checkOffence(DataCategory category, Findings findings) {
        List<OffenceThreshold> thresholds = rules.ofKind(OffenceThreshold.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument(), category))
                .toList();
        List<OffenceThreshold> met = thresholds.stream().filter(rule -> rule.isMetBy(facts.offence())).toList();
        for (OffenceThreshold threshold : met) {
            findings.support(Grounds.of(threshold, "OFFENCE_THRESHOLD_MET"));
            fired.record(threshold, category + ": the offence qualifies");
        }
        if (!met.isEmpty()) {
            return;
        }
        for (OffenceThreshold threshold : thresholds) {
            findings.refuse(Grounds.explained(threshold, "OFFENCE_THRESHOLD_NOT_MET",
                    describeOffence() + " does not qualify."));
            fired.record(threshold, category + ": refused, the offence does not qualify");
        }
    }

    private Optional<TerritorialDoctrineRule> doctrine(DataCategory category, Findings findings) {
        // Of the doctrines that hold for this provider, where two overlap, the later one (a newer statute or
        // judgment) replaces the earlier.
        Optional<TerritorialDoctrineRule> doctrine = rules.ofKind(TerritorialDoctrineRule.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument(), category))
                .filter(rule -> rule.holdsFor(facts.provider()))
                .max(Comparator.comparing(rule -> rule.header().validFrom()));
        if (doctrine.isEmpty()) {
            findings.leaveOpen(Grounds.noApplicableRule(rulebookVersion, "No rule in force on " + facts.lawDate()
                    + " says where " + regime.instrumentName() + " locates " + category + " data."));
            return doctrine;
        }
        findings.support(Grounds.of(doctrine.get(), doctrine.get().doctrine().name()));
        return doctrine;
    }

    private String describeIssuer() {
        return facts.authorityType() == null
                ? "an authority of unstated type"
                : "an authority of type " + facts.authorityType();
    }

    private String describeOffence() {
        Order.Offence offence = facts.offence();
        if (offence == null) {
            return "The order states no offence, so it";
        }
        String sentence = offence.maxCustodialSentenceMonths() == null
                ? "no maximum sentence stated"
                : "maximum custodial sentence " + offence.maxCustodialSentenceMonths() + " months";
        String listed = offence.categories() == null || offence.categories().isEmpty()
                ? "no listed offence category"
                : "listed categories " + offence.categories();
        return "The offence (" + sentence + ", " + listed + ")";
    }
}
