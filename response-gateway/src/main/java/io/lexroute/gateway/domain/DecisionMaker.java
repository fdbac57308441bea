package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.PRESERVE;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.contracts.StorageLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies an order's assessment to the places its data is stored: one outcome per requested category and storage
 * country (several sites in one country share the law of that country), or one refusal where nothing is held. A
 * category the assessment says to preserve is preserved wherever it can be reached, never released.
 */
public final class DecisionMaker {

    private DecisionMaker() {
    }

    public static Verdict decide(OrderLocated located, Instant decidedAt) {
        Assessment assessment = located.assessment();
        List<CategoryOutcome> outcomes = new ArrayList<>();
        for (DataCategory category : new LinkedHashSet<>(orEmpty(located.order().dataCategories()))) {
            List<String> countries = located.locations().stream()
                    .filter(location -> location.dataCategory() == category)
                    .map(StorageLocation::country)
                    .distinct()
                    .toList();
            Optional<CategoryAssessment> verdict = assessmentOf(assessment, category);
            if (countries.isEmpty()) {
                outcomes.add(new CategoryOutcome(category, null, REFUSE, notHeldGrounds(located, category, verdict)));
                continue;
            }
            for (String country : countries) {
                outcomes.add(verdict
                        .map(categoryAssessment -> apply(categoryAssessment, country, rulebookVersion(assessment)))
                        .orElseGet(() -> new CategoryOutcome(category, country, LEGAL_REVIEW,
                                List.of(Grounds.noApplicableRule(category, rulebookVersion(assessment))))));
            }
            targetsNotHeld(located, category, verdict).ifPresent(outcomes::add);
        }
        return new Verdict(new Decision(outcomes, rulebookVersion(assessment), decidedAt), statusOf(outcomes));
    }

    /**
     * The order's overall status: what most needs attention wins, then how much is released, then whether anything
     * is preserved (the refusal document still lists what was refused or redirected).
     */
    public static OrderStatus statusOf(List<CategoryOutcome> outcomes) {
        if (has(outcomes, LEGAL_REVIEW)) {
            return OrderStatus.IN_LEGAL_REVIEW;
        }
        if (has(outcomes, HOLD)) {
            return OrderStatus.ON_HOLD;
        }
        if (!outcomes.isEmpty() && outcomes.stream().allMatch(outcome -> outcome.outcome() == RELEASE)) {
            return OrderStatus.RELEASED;
        }
        if (has(outcomes, RELEASE)) {
            return OrderStatus.PARTIALLY_RELEASED;
        }
        if (has(outcomes, PRESERVE)) {
            return OrderStatus.PRESERVED;
        }
        if (has(outcomes, REDIRECT)) {
            return OrderStatus.REDIRECTED;
        }
        return OrderStatus.REFUSED;
    }

    private static CategoryOutcome apply(CategoryAssessment verdict, String country, String rulebookVersion) {
        DataCategory category = verdict.dataCategory();
        if (verdict.disposition() == Assessment.Disposition.REFUSED) {
            return outcome(category, country, REFUSE, orEmpty(verdict.grounds()));
        }
        // A preservation without its period, or without the period's end, goes to review like an open question: it
        // must never become a release, and its provider's task needs an end.
        boolean preserve = verdict.disposition() == Assessment.Disposition.PRESERVE && verdict.preservation() != null
                && verdict.preservation().expiresAt() != null;
        if (verdict.disposition() != Assessment.Disposition.PERMITTED && !preserve) {
            return outcome(category, country, LEGAL_REVIEW, withNoApplicableRule(verdict, rulebookVersion));
        }
        if (verdict.doctrine() == Assessment.TerritorialDoctrine.STORAGE_LOCATION
                && !orEmpty(verdict.reachableCountries()).contains(country)) {
            return outcome(category, country, REDIRECT, List.of(redirectGround(verdict, country)));
        }
        Optional<Assessment.Conflict> conflict = orEmpty(verdict.conflicts()).stream()
                .filter(candidate -> orEmpty(candidate.storageCountries()).contains(country))
                .findFirst();
        if (conflict.isPresent()) {
            return outcome(category, country, LEGAL_REVIEW, Collections.singletonList(conflict.get().ground()));
        }
        if (preserve) {
            return preserved(verdict, country);
        }
        if (verdict.hold() != null && verdict.hold().suspendsRelease()) {
            return outcome(category, country, HOLD, Collections.singletonList(verdict.hold().ground()));
        }
        return outcome(category, country, RELEASE, orEmpty(verdict.grounds()));
    }

    /**
     * Nothing held for the category: {@code DATA_NOT_HELD}, after the assessment's own grounds where the law refuses
     * the category anyway, so that an unlawful order is told why it is unlawful, not only that nothing was found.
     */
    private static List<Ground> notHeldGrounds(OrderLocated located, DataCategory category,
            Optional<CategoryAssessment> verdict) {
        List<Ground> grounds = new ArrayList<>();
        verdict.filter(categoryAssessment -> categoryAssessment.disposition() == Assessment.Disposition.REFUSED)
                .ifPresent(categoryAssessment -> grounds.addAll(orEmpty(categoryAssessment.grounds())));
        grounds.add(Grounds.dataNotHeld(located.order().instrument(), category, located.unmatchedTargets()));
        return List.copyOf(grounds);
    }

    /**
     * Targets of the order that match no account, while others are held: the authority is told that nothing is held
     * for those (a refusal without a location), unless the law refuses the category anyway.
     */
    private static Optional<CategoryOutcome> targetsNotHeld(OrderLocated located, DataCategory category,
            Optional<CategoryAssessment> verdict) {
        List<Order.Target> unmatched = orEmpty(located.unmatchedTargets());
        boolean refusedByLaw = verdict.map(categoryAssessment -> categoryAssessment.disposition()
                == Assessment.Disposition.REFUSED).orElse(false);
        if (unmatched.isEmpty() || refusedByLaw) {
            return Optional.empty();
        }
        return Optional.of(new CategoryOutcome(category, null, REFUSE,
                List.of(Grounds.targetsNotHeld(located.order().instrument(), category, unmatched))));
    }

    /** Preserve until the assessment's expiry, its preservation ground first; nothing is disclosed, so no hold. */
    private static CategoryOutcome preserved(CategoryAssessment verdict, String country) {
        Assessment.Preservation preservation = verdict.preservation();
        List<Ground> grounds = new ArrayList<>();
        grounds.add(preservation.ground());
        orEmpty(verdict.grounds()).stream().filter(ground -> !ground.equals(preservation.ground()))
                .forEach(grounds::add);
        return new CategoryOutcome(verdict.dataCategory(), country, PRESERVE,
                grounds.stream().filter(Objects::nonNull).toList(), preservation.expiresAt());
    }

    /** The channel for {@code country}: its own redirect, else the one for any country ("*"), else MLA. */
    private static Ground redirectGround(CategoryAssessment verdict, String country) {
        List<Assessment.Redirect> redirects = orEmpty(verdict.redirects());
        return redirects.stream().filter(redirect -> country.equals(redirect.country())).findFirst()
                .or(() -> redirects.stream().filter(redirect -> "*".equals(redirect.country())).findFirst())
                .map(Assessment.Redirect::ground)
                .orElseGet(() -> Grounds.mutualLegalAssistance(country));
    }

    private static List<Ground> withNoApplicableRule(CategoryAssessment verdict, String rulebookVersion) {
        List<Ground> grounds = orEmpty(verdict.grounds());
        if (grounds.stream().anyMatch(ground -> Grounds.NO_APPLICABLE_RULE.equals(ground.code()))) {
            return grounds;
        }
        List<Ground> completed = new ArrayList<>();
        completed.add(Grounds.noApplicableRule(verdict.dataCategory(), rulebookVersion));
        completed.addAll(grounds);
        return completed;
    }

    /** The assessment's verdict on the category, if it has one. */
    static Optional<CategoryAssessment> assessmentOf(Assessment assessment, DataCategory category) {
        return assessment == null ? Optional.empty() : orEmpty(assessment.categories()).stream()
                .filter(candidate -> candidate.dataCategory() == category)
                .findFirst();
    }

    private static String rulebookVersion(Assessment assessment) {
        return assessment == null ? null : assessment.rulebookVersion();
    }

    private static CategoryOutcome outcome(DataCategory category, String country, Outcome outcome,
            List<Ground> grounds) {
        return new CategoryOutcome(category, country, outcome,
                grounds.stream().filter(Objects::nonNull).toList());
    }

    private static boolean has(List<CategoryOutcome> outcomes, Outcome wanted) {
        return outcomes.stream().anyMatch(outcome -> outcome.outcome() == wanted);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
