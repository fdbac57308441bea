package io.lexroute.resolver.api;

import io.lexroute.resolver.rulebook.AnswerDeadline;
import io.lexroute.resolver.rulebook.EmergencyRequirement;
import io.lexroute.resolver.rulebook.InstrumentApplicability;
import io.lexroute.resolver.rulebook.InstrumentScope;
import io.lexroute.resolver.rulebook.IssuerCompetence;
import io.lexroute.resolver.rulebook.KnownConflict;
import io.lexroute.resolver.rulebook.NotificationDuty;
import io.lexroute.resolver.rulebook.OffenceThreshold;
import io.lexroute.resolver.rulebook.PreservationPeriod;
import io.lexroute.resolver.rulebook.ProviderBinding;
import io.lexroute.resolver.rulebook.RedirectChannel;
import io.lexroute.resolver.rulebook.Rule;
import io.lexroute.resolver.rulebook.RuleHeader;
import io.lexroute.resolver.rulebook.Rulebook;
import io.lexroute.resolver.rulebook.Scope;
import io.lexroute.resolver.rulebook.TargetingRestriction;
import io.lexroute.resolver.rulebook.TerritorialDoctrineRule;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flattens rules back into the field names of the rulebook file, with country groups expanded. */
final class RuleViews {

    private RuleViews() {
    }

    static RulebookView of(Rulebook rulebook) {
        return new RulebookView(rulebook.version(), rulebook.description(), rulebook.sources(),
                rulebook.rules().stream().map(RuleViews::of).toList());
    }

    static Map<String, Object> of(Rule rule) {
        Map<String, Object> view = header(rule.header());
        if (rule instanceof InstrumentApplicability r) {
            view.put("regime", r.regime());
            view.put("instrumentName", r.instrumentName());
            view.put("instruments", sorted(r.instruments()));
            view.put("issuingCountries", r.issuingCountries().sorted());
            view.put("binding", r.binding());
            view.put("preservationOnly", r.preservationOnly());
        } else if (rule instanceof InstrumentScope r) {
            scope(view, r.scope());
        } else if (rule instanceof ProviderBinding r) {
            scope(view, r.scope());
            view.put("providers", r.providers().sorted());
            view.put("classification", r.classification());
        } else if (rule instanceof IssuerCompetence r) {
            scope(view, r.scope());
            view.put("competentAuthorities", sorted(r.competentAuthorities()));
            view.put("validatingAuthorities", sorted(r.validatingAuthorities()));
            view.put("reviewAuthorities", sorted(r.reviewAuthorities()));
            view.put("emergencyUnvalidatedAuthorities", sorted(r.emergencyUnvalidatedAuthorities()));
            view.put("emergencyValidationWithinHours", r.emergencyValidationWithinHours());
        } else if (rule instanceof OffenceThreshold r) {
            scope(view, r.scope());
            view.put("anyOffence", r.anyOffence());
            view.put("minimumMaxSentenceMonths", r.minimumMaxSentenceMonths());
            view.put("listedOffences", sorted(r.listedOffences()));
        } else if (rule instanceof TerritorialDoctrineRule r) {
            scope(view, r.scope());
            view.put("providers", r.providers() == null ? null : r.providers().sorted());
            view.put("doctrine", r.doctrine());
            view.put("reachableCountries", sorted(r.reachableCountries()));
            view.put("issuingStateReachable", r.issuingStateReachable());
            view.put("reviewWhereReachable", r.reviewWhereReachable());
            view.put("outsideReachCode", r.outsideReachCode());
        } else if (rule instanceof RedirectChannel r) {
            view.put("regime", r.regime());
            view.put("issuingCountries", r.issuingCountries().sorted());
            view.put("toCountries", r.toCountries().sorted());
            view.put("channel", r.channel());
        } else if (rule instanceof KnownConflict r) {
            scope(view, r.scope());
            view.put("storageCountries", sorted(r.storageCountries()));
            view.put("subjectResidenceOutside", sorted(r.subjectResidenceOutside()));
        } else if (rule instanceof NotificationDuty r) {
            scope(view, r.scope());
            view.put("windowHours", r.windowHours());
            view.put("emergencyWindowHours", r.emergencyWindowHours());
            view.put("suspendsInEmergency", r.suspendsInEmergency());
            view.put("exemptWhenOffenceAndSubjectInIssuingState", r.exemptWhenOffenceAndSubjectInIssuingState());
            view.put("presumeOffenceInIssuingState", r.presumeOffenceInIssuingState());
        } else if (rule instanceof AnswerDeadline r) {
            scope(view, r.scope());
            view.put("hours", r.hours());
            view.put("emergencyHours", r.emergencyHours());
        } else if (rule instanceof TargetingRestriction r) {
            scope(view, r.scope());
            view.put("forbiddenSubjectResidence", sorted(r.forbiddenSubjectResidence()));
            view.put("reviewWhenResidenceUnknown", r.reviewWhenResidenceUnknown());
            view.put("reviewWhenForbidden", r.reviewWhenForbidden());
        } else if (rule instanceof PreservationPeriod r) {
            scope(view, r.scope());
            view.put("periodDays", r.periodDays());
            view.put("extensionDays", r.extensionDays());
        } else if (rule instanceof EmergencyRequirement r) {
            scope(view, r.scope());
        }
        return view;
    }

    private static Map<String, Object> header(RuleHeader header) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", header.id());
        view.put("kind", header.kind());
        view.put("validFrom", header.validFrom());
        view.put("validTo", header.validTo());
        view.put("citation", header.citation());
        view.put("reason", header.reason());
        view.put("uncertain", header.uncertain());
        view.put("code", header.code());
        return view;
    }

    private static void scope(Map<String, Object> view, Scope scope) {
        view.put("regime", scope.regime());
        view.put("instruments", sorted(scope.instruments()));
        view.put("dataCategories", sorted(scope.dataCategories()));
    }

    private static List<String> sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }
}
