package io.lexroute.resolver.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.resolver.rulebook.IssuerCompetence;

import java.util.List;
import java.util.Optional;

/** Decides whether the issuing authority, with its validation if any, may issue the order for one category. */
final class IssuerCheck {

    private final OrderFacts facts;
    private final FiredRuleLog fired;
    private final DataCategory category;

    IssuerCheck(OrderFacts facts, FiredRuleLog fired, DataCategory category) {
        this.facts = facts;
        this.fired = fired;
        this.category = category;
    }

    void apply(List<IssuerCompetence> competences, Findings findings) {
        for (IssuerCompetence competence : competences) {
            Optional<Ground> permitted = permits(competence);
            if (permitted.isPresent()) {
                findings.support(permitted.get());
                fired.record(competence, category + ": " + permitted.get().code() + " (" + facts.authorityType()
                        + ")");
                return;
            }
        }
        List<IssuerCompetence> needingReview = competences.stream()
                .filter(competence -> competence.reviewAuthorities().contains(facts.authorityType()))
                .toList();
        if (!needingReview.isEmpty()) {
            IssuerCompetence competence = needingReview.get(0);
            findings.leaveOpen(Grounds.explained(competence, "COMPETENCE_NEEDS_REVIEW", "Issued by "
                    + facts.authorityType() + ", who may issue it only in cases that the order cannot show."));
            fired.record(competence, category + ": " + facts.authorityType() + " needs legal review");
            return;
        }
        for (IssuerCompetence competence : competences) {
            findings.refuse(Grounds.explained(competence, "AUTHORITY_NOT_COMPETENT", "Issued by "
                    + facts.authorityType() + validationText() + ", who may not issue it."));
            fired.record(competence, category + ": refused, " + facts.authorityType() + " not competent");
        }
    }

    private Optional<Ground> permits(IssuerCompetence competence) {
        if (competence.competentAuthorities().contains(facts.authorityType())) {
            return Optional.of(Grounds.of(competence, "ISSUER_COMPETENT"));
        }
        if (facts.validatorType() != null && competence.validatingAuthorities().contains(facts.validatorType())) {
            return Optional.of(Grounds.explained(competence, "ISSUER_VALIDATED", "Issued by "
                    + facts.authorityType() + " and validated by " + facts.validatorType() + "."));
        }
        if (facts.emergency() && facts.validatorType() == null
                && competence.emergencyUnvalidatedAuthorities().contains(facts.authorityType())) {
            return Optional.of(Grounds.explained(competence, "VALIDATION_TO_FOLLOW", "Emergency order issued by "
                    + facts.authorityType() + " without prior validation; validation must follow within "
                    + competence.emergencyValidationWithinHours() + " hours."));
        }
        return Optional.empty();
    }

    private String validationText() {
        return facts.validatorType() == null ? " without validation" : " with validation by " + facts.validatorType();
    }
}
