package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.resolver.rulebook.RulebookLoader;

import java.time.Instant;
import java.util.List;

/** The real rulebook, loaded once, and small helpers to read an assessment. */
final class Evaluation {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final RuleEvaluator EVALUATOR = new RuleEvaluator(new RulebookLoader().loadDefault());

    private Evaluation() {
    }

    static Assessment assess(Order order) {
        return EVALUATOR.assess(order, NOW);
    }

    static CategoryAssessment category(Assessment assessment, DataCategory category) {
        return assessment.categories().stream()
                .filter(c -> c.dataCategory() == category)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no assessment for " + category));
    }

    static CategoryAssessment assess(Order order, DataCategory category) {
        return category(assess(order), category);
    }

    static List<String> codes(List<Ground> grounds) {
        return grounds.stream().map(Ground::code).toList();
    }

    static String text(List<Ground> grounds) {
        StringBuilder text = new StringBuilder();
        grounds.forEach(g -> text.append(g.code()).append(" | ").append(g.citation()).append(" | ")
                .append(g.reason()).append('\n'));
        return text.toString();
    }
}
