package io.lexroute.resolver.rulebook;

/** One dated, cited rule of the rulebook. Each kind of rule is its own record. */
public sealed interface Rule permits InstrumentApplicability, InstrumentScope, ProviderBinding, IssuerCompetence,
        OffenceThreshold, TerritorialDoctrineRule, RedirectChannel, KnownConflict, NotificationDuty, AnswerDeadline,
        TargetingRestriction, EmergencyRequirement, PreservationPeriod {

    RuleHeader header();

    default String id() {
        return header().id();
    }
}
