package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OffenceCategory;

import java.time.LocalDate;

/** Turns one rule's JSON fields into the record of its kind, checking every field. */
final class RuleParser {

    private final RuleFields fields;

    RuleParser(RuleFields fields) {
        this.fields = fields;
    }

    Rule parse(String id) {
        RuleHeader header = header(id);
        Rule rule = switch (header.kind()) {
            case INSTRUMENT_APPLICABILITY -> applicability(header);
            case INSTRUMENT_SCOPE -> new InstrumentScope(header, scope(true));
            case PROVIDER_BINDING -> new ProviderBinding(header, scope(false), fields.providers("providers"),
                    fields.requiredText("classification"));
            case ISSUER_COMPETENCE -> competence(header);
            case OFFENCE_THRESHOLD -> threshold(header);
            case TERRITORIAL_DOCTRINE -> doctrine(header);
            case REDIRECT_CHANNEL -> new RedirectChannel(header, fields.requiredText("regime"),
                    fields.countriesOrAny("issuingCountries"), fields.countries("toCountries"),
                    fields.requiredText("channel"));
            case KNOWN_CONFLICT -> conflict(header);
            case NOTIFICATION_DUTY -> notification(header);
            case ANSWER_DEADLINE -> new AnswerDeadline(header, scope(false), fields.requiredPositiveInt("hours"),
                    fields.requiredPositiveInt("emergencyHours"));
            case TARGETING_RESTRICTION -> targeting(header);
            case EMERGENCY_REQUIREMENT -> emergency(header);
            case PRESERVATION_PERIOD -> new PreservationPeriod(header, scope(true),
                    fields.requiredPositiveInt("periodDays"), fields.requiredPositiveInt("extensionDays"));
        };
        fields.rejectUnknownFields();
        return rule;
    }

    private RuleHeader header(String id) {
        RuleKind kind = fields.requiredEnum("kind", RuleKind.class);
        LocalDate validFrom = fields.requiredDate("validFrom");
        LocalDate validTo = fields.optionalDate("validTo");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw fields.error("validTo", "(" + validTo + ") is before validFrom (" + validFrom + ")");
        }
        return new RuleHeader(id, kind, validFrom, validTo, fields.requiredText("citation"),
                fields.requiredText("reason"), fields.optionalText("uncertain"), fields.optionalText("code"));
    }

    private Scope scope(boolean categoriesRequired) {
        return new Scope(fields.requiredText("regime"),
                fields.enumSet("instruments", Instrument.class, false),
                fields.enumSet("dataCategories", DataCategory.class, categoriesRequired));
    }

    private InstrumentApplicability applicability(RuleHeader header) {
        return new InstrumentApplicability(header, fields.requiredText("regime"),
                fields.requiredText("instrumentName"),
                fields.enumSet("instruments", Instrument.class, true),
                fields.countries("issuingCountries"),
                fields.optionalBoolean("binding", true),
                fields.optionalBoolean("preservationOnly", false));
    }

    private IssuerCompetence competence(RuleHeader header) {
        Scope scope = scope(true);
        var competent = fields.enumSet("competentAuthorities", AuthorityType.class, true);
        var validating = fields.enumSet("validatingAuthorities", AuthorityType.class, false);
        var review = fields.enumSet("reviewAuthorities", AuthorityType.class, false);
        var emergencyUnvalidated = fields.enumSet("emergencyUnvalidatedAuthorities", AuthorityType.class, false);
        Integer validationHours = fields.optionalPositiveInt("emergencyValidationWithinHours");
        if (emergencyUnvalidated.isEmpty() != (validationHours == null)) {
            throw fields.error("emergencyValidationWithinHours",
                    "must be given exactly when emergencyUnvalidatedAuthorities is");
        }
        return new IssuerCompetence(header, scope, competent, validating, review, emergencyUnvalidated,
                validationHours);
    }

    private OffenceThreshold threshold(RuleHeader header) {
        Scope scope = scope(true);
        boolean anyOffence = fields.optionalBoolean("anyOffence", false);
        Integer minimumMonths = fields.optionalPositiveInt("minimumMaxSentenceMonths");
        var listed = fields.enumSet("listedOffences", OffenceCategory.class, false);
        if (!anyOffence && minimumMonths == null && listed.isEmpty()) {
            throw fields.error("minimumMaxSentenceMonths",
                    "or listedOffences or anyOffence must say which offences qualify");
        }
        return new OffenceThreshold(header, scope, anyOffence, minimumMonths, listed);
    }

    private TerritorialDoctrineRule doctrine(RuleHeader header) {
        if (header.code() == null) {
            throw fields.error("code", "is required for a territorial doctrine (it becomes the ground code)");
        }
        Scope scope = scope(true);
        NameSet providers = fields.optionalProviders("providers");
        TerritorialDoctrine doctrine = fields.requiredEnum("doctrine", TerritorialDoctrine.class);
        boolean storage = doctrine == TerritorialDoctrine.STORAGE_LOCATION;
        boolean issuingStateReachable = fields.optionalBoolean("issuingStateReachable", false);
        boolean reviewWhereReachable = fields.optionalBoolean("reviewWhereReachable", false);
        var reachable = fields.specificCountries("reachableCountries", storage && !issuingStateReachable);
        String outsideReachCode = storage ? fields.requiredText("outsideReachCode") : fields.optionalText(
                "outsideReachCode");
        if (!storage && (!reachable.isEmpty() || outsideReachCode != null || issuingStateReachable
                || reviewWhereReachable)) {
            throw fields.error("reachableCountries", "(and issuingStateReachable, reviewWhereReachable, "
                    + "outsideReachCode) only apply to the STORAGE_LOCATION doctrine");
        }
        return new TerritorialDoctrineRule(header, scope, providers, doctrine, reachable, issuingStateReachable,
                reviewWhereReachable, outsideReachCode);
    }

    private TargetingRestriction targeting(RuleHeader header) {
        if (header.code() == null) {
            throw fields.error("code", "is required for a targeting restriction (it becomes the refusal code)");
        }
        return new TargetingRestriction(header, scope(false),
                fields.specificCountries("forbiddenSubjectResidence", true),
                fields.optionalBoolean("reviewWhenForbidden", false),
                fields.optionalBoolean("reviewWhenResidenceUnknown", true));
    }

    private EmergencyRequirement emergency(RuleHeader header) {
        if (header.code() == null) {
            throw fields.error("code", "is required for an emergency requirement (it becomes the refusal code)");
        }
        return new EmergencyRequirement(header, scope(false));
    }

    private KnownConflict conflict(RuleHeader header) {
        if (header.code() == null) {
            throw fields.error("code", "is required for a known conflict (it becomes the ground code)");
        }
        return new KnownConflict(header, scope(false), fields.specificCountries("storageCountries", true),
                fields.specificCountries("subjectResidenceOutside", false));
    }

    private NotificationDuty notification(RuleHeader header) {
        return new NotificationDuty(header, scope(true),
                fields.requiredPositiveInt("windowHours"),
                fields.requiredPositiveInt("emergencyWindowHours"),
                fields.optionalBoolean("suspendsInEmergency", true),
                fields.optionalBoolean("exemptWhenOffenceAndSubjectInIssuingState", false),
                fields.optionalBoolean("presumeOffenceInIssuingState", false));
    }
}
