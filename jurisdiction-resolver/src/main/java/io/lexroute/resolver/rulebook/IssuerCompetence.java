package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.AuthorityType;

import java.util.Set;

/**
 * Who may issue the scope's instruments for its data categories.
 *
 * @param competentAuthorities may issue on their own
 * @param validatingAuthorities make an order of any other authority lawful by validating it
 * @param reviewAuthorities may issue only in cases the order cannot show, so a person decides
 * @param emergencyUnvalidatedAuthorities may issue without validation in an emergency, validation to follow
 * @param emergencyValidationWithinHours when that validation must follow; null when there is no such exception
 */
public record IssuerCompetence(
        RuleHeader header,
        Scope scope,
        Set<AuthorityType> competentAuthorities,
        Set<AuthorityType> validatingAuthorities,
        Set<AuthorityType> reviewAuthorities,
        Set<AuthorityType> emergencyUnvalidatedAuthorities,
        Integer emergencyValidationWithinHours) implements Rule {

    public IssuerCompetence {
        competentAuthorities = Set.copyOf(competentAuthorities);
        validatingAuthorities = Set.copyOf(validatingAuthorities);
        reviewAuthorities = Set.copyOf(reviewAuthorities);
        emergencyUnvalidatedAuthorities = Set.copyOf(emergencyUnvalidatedAuthorities);
    }
}
