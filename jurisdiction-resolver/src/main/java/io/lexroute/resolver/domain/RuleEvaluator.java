package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.resolver.rulebook.AnswerDeadline;
import io.lexroute.resolver.rulebook.InstrumentApplicability;
import io.lexroute.resolver.rulebook.ProviderBinding;
import io.lexroute.resolver.rulebook.Rulebook;
import io.lexroute.resolver.rulebook.RulesInForce;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges an order by the rules in force on its issue date. A pure function of the rulebook, the order and the
 * instants passed in: no clock, no I/O.
 *
 * <p>The answer deadline counts from receipt of the order (as the 10-day and 8-hour limits of Regulation (EU)
 * 2023/1543 Art. 10 do), so it is {@code receivedAt} plus the hours of the deadline rule; it is null where no
 * deadline rule applies. A preservation period counts from receipt too (Art. 11(1)).
 */
public final class RuleEvaluator {

    static final String UNCLASSIFIED = "UNCLASSIFIED";

    private final Rulebook rulebook;

    public RuleEvaluator(Rulebook rulebook) {
        this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    /** Assesses an order received at {@code now}. */
    public Assessment assess(Order order, Instant now) {
        return assess(order, now, now);
    }

    public Assessment assess(Order order, Instant receivedAt, Instant now) {
        OrderFacts facts = OrderFacts.of(order);
        RulesInForce rules = rulebook.inForceOn(facts.lawDate());
        FiredRuleLog fired = new FiredRuleLog();
        List<InstrumentApplicability> regimes = rules.ofKind(InstrumentApplicability.class).stream()
                .filter(rule -> rule.appliesTo(facts.instrument(), facts.issuingCountry()))
                .toList();
        regimes.forEach(regime -> fired.record(regime, facts.instrument() + " issued in " + facts.issuingCountry()
                + (regime.binding() ? " falls under " + regime.regime() : " has no binding basis")));
        List<CategoryAssessment> categories = facts.dataCategories().stream()
                .map(category -> assessCategory(category, regimes, rules, facts, receivedAt, fired))
                .toList();
        Optional<InstrumentApplicability> regime = soleBindingRegime(regimes);
        return new Assessment(
                rulebook.version(),
                facts.lawDate(),
                regime.map(r -> classification(r, rules, facts)).orElse(UNCLASSIFIED),
                regimes.stream().map(InstrumentApplicability::instrumentName).distinct().toList(),
                categories,
                fired.entries(),
                regime.flatMap(r -> deadline(r, rules, facts, receivedAt, fired)).orElse(null),
                now);
    }

    private CategoryAssessment assessCategory(DataCategory category, List<InstrumentApplicability> regimes,
            RulesInForce rules, OrderFacts facts, Instant receivedAt, FiredRuleLog fired) {
        if (regimes.isEmpty()) {
            return undecided(category, "No rule in force on " + facts.lawDate() + " covers " + facts.instrument()
                    + " issued by an authority of " + facts.issuingCountry() + ".");
        }
        if (regimes.size() > 1) {
            return undecided(category, "Several regimes cover this order ("
                    + regimes.stream().map(InstrumentApplicability::regime).toList() + "); a reviewer must choose.");
        }
        InstrumentApplicability regime = regimes.get(0);
        if (!regime.binding()) {
            return new CategoryAssessment(category, Disposition.REFUSED, List.of(Grounds.of(regime,
                    "NO_BINDING_BASIS")), null, List.of(), List.of(), List.of(), null);
        }
        return new CategoryAssessor(rules, facts, regime, fired, rulebook.version(), receivedAt).assess(category);
    }

    private CategoryAssessment undecided(DataCategory category, String reason) {
        Ground ground = Grounds.noApplicableRule(rulebook.version(), reason);
        return new CategoryAssessment(category, Disposition.NO_APPLICABLE_RULE, List.of(ground), null, List.of(),
                List.of(), List.of(), null);
    }

    private static Optional<InstrumentApplicability> soleBindingRegime(List<InstrumentApplicability> regimes) {
        return regimes.size() == 1 && regimes.get(0).binding() ? Optional.of(regimes.get(0)) : Optional.empty();
    }

    /** A classification made for this very provider beats one made for providers in general. */
    private static String classification(InstrumentApplicability regime, RulesInForce rules, OrderFacts facts) {
        return rules.ofKind(ProviderBinding.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument()))
                .filter(rule -> rule.providers().contains(facts.provider()))
                .min(Comparator.comparing(rule -> rule.providers().isSpecific() ? 0 : 1))
                .map(ProviderBinding::classification)
                .orElse(UNCLASSIFIED);
    }

    private static Optional<Instant> deadline(InstrumentApplicability regime, RulesInForce rules, OrderFacts facts,
            Instant receivedAt, FiredRuleLog fired) {
        Optional<AnswerDeadline> strictest = rules.ofKind(AnswerDeadline.class).stream()
                .filter(rule -> rule.scope().covers(regime.regime(), facts.instrument()))
                .min(Comparator.comparingInt(rule -> hours(rule, facts)));
        strictest.ifPresent(rule -> fired.record(rule, "answer within " + hours(rule, facts) + " hours of receipt"
                + (facts.emergency() ? " (emergency)" : "")));
        return strictest.map(rule -> receivedAt.plus(Duration.ofHours(hours(rule, facts))));
    }

    private static int hours(AnswerDeadline rule, OrderFacts facts) {
        return facts.emergency() ? rule.emergencyHours() : rule.hours();
    }
}
