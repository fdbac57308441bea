package io.lexroute.gateway.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The grounds the gateway states itself, where the assessment gives none that fits. */
public final class Grounds {

    public static final String DATA_NOT_HELD = "DATA_NOT_HELD";
    public static final String NO_APPLICABLE_RULE = "NO_APPLICABLE_RULE";
    public static final String MUTUAL_LEGAL_ASSISTANCE = "MUTUAL_LEGAL_ASSISTANCE";
    public static final String HOLD_ENDED = "HOLD_ENDED";
    public static final String OBJECTION = "ENFORCING_STATE_OBJECTION";
    public static final String LEGAL_REVIEW_DECISION = "LEGAL_REVIEW_DECISION";
    public static final String CONFLICT_OBJECTION_FILED = "CONFLICT_OBJECTION_FILED";
    /**
     * The resolver's ground (rule {@code EU-EEVID-CONFLICT-US-CONTENT}) for a European Production Order whose execution
     * would conflict with a third country's law: the one review in which a reviewer may object under Art. 17.
     */
    public static final String THIRD_COUNTRY_CONFLICT = "EEVID_THIRD_COUNTRY_CONFLICT";
    public static final String PRESERVATION_EXTENDED = "PRESERVATION_EXTENDED";
    public static final String PRODUCTION_REQUEST_CONFIRMED = "PRODUCTION_REQUEST_CONFIRMED";
    public static final String PRESERVATION_WITHDRAWN = "PRESERVATION_WITHDRAWN";
    public static final String PRESERVATION_PERIOD_ENDED = "PRESERVATION_PERIOD_ENDED";

    private static final String ART_17 = "Regulation (EU) 2023/1543, Art. 17";

    private static final String ANNEX_III_NOT_STORED =
            "Regulation (EU) 2023/1543, Annex III (data not stored at the time of receipt)";
    private static final String NOT_HELD = "No data held by the provider for this category";

    private Grounds() {
    }

    /** Under Regulation 2023/1543 "data not stored" is one of the Annex III reasons for not executing an order. */
    public static Ground dataNotHeld(Instrument instrument, DataCategory category, List<Order.Target> unmatched) {
        boolean europeanOrder = isEuropeanOrder(instrument);
        String reason = "The provider holds no " + plain(category) + " data for the accounts the order names";
        if (unmatched != null && !unmatched.isEmpty()) {
            reason += "; no account matches " + unmatched.stream()
                    .map(target -> target.type() + " " + target.value())
                    .collect(Collectors.joining(", "));
        }
        return new Ground(DATA_NOT_HELD, europeanOrder ? ANNEX_III_NOT_STORED : NOT_HELD, reason + ".");
    }

    /**
     * The order names targets that match no account of the provider, beside others that do: the provider holds no data
     * of {@code category} for those.
     */
    public static Ground targetsNotHeld(Instrument instrument, DataCategory category, List<Order.Target> unmatched) {
        return new Ground(DATA_NOT_HELD, isEuropeanOrder(instrument) ? ANNEX_III_NOT_STORED : NOT_HELD,
                "No account of the provider matches " + unmatched.stream()
                        .map(target -> target.type() + " " + target.value())
                        .collect(Collectors.joining(", "))
                        + ", so it holds no " + plain(category) + " data for " + (unmatched.size() == 1 ? "it" : "them")
                        + "; what it holds for the order's other targets is decided by location.");
    }

    /** The provider searched for the data of a release task and found none. */
    public static Ground notFoundByProvider(Instrument instrument, OutcomeKey key, String provider) {
        return new Ground(DATA_NOT_HELD, isEuropeanOrder(instrument) ? ANNEX_III_NOT_STORED : NOT_HELD,
                "The provider " + provider + " searched and holds no " + plain(key.dataCategory())
                        + " data stored in " + key.location() + " for the accounts the order names.");
    }

    /** The window for objections closed without one; {@code hold} is the ground that held the outcome. */
    public static Ground holdEnded(Ground hold, int windowHours, Instant endedAt) {
        String citation = hold == null || hold.citation() == null ? "Hold window" : hold.citation();
        return new Ground(HOLD_ENDED, citation, "No ground for refusal was raised within the " + windowHours
                + "-hour window, which ended " + endedAt + "; the data is released.");
    }

    public static Ground objection(String authority, String grounds) {
        return new Ground(OBJECTION, "Objection raised by " + authority, grounds);
    }

    public static Ground reviewDecision(String reviewer, String reason) {
        return new Ground(LEGAL_REVIEW_DECISION, "Reviewed by " + reviewer, reason);
    }

    /** The addressee's reasoned objection to a production order that conflicts with a third country's law. */
    public static Ground objectionFiled(String reviewer, String reason) {
        String stated = reason.strip();
        return new Ground(CONFLICT_OBJECTION_FILED, ART_17, "Reasoned objection filed by " + reviewer + ": " + stated
                + (stated.endsWith(".") ? "" : ".") + " Execution is suspended while the issuing authority decides "
                + "whether to maintain the order and, if it does, while a court of the issuing State reviews it.");
    }

    /**
     * The reasoned objection that keeps {@code outcome} in review with its execution suspended, if one was filed: the
     * outcome's first ground (see {@link #objectionFiled}).
     */
    public static Optional<Ground> filedObjection(CategoryOutcome outcome) {
        boolean suspended = outcome.outcome() == Outcome.LEGAL_REVIEW && outcome.grounds() != null
                && !outcome.grounds().isEmpty() && CONFLICT_OBJECTION_FILED.equals(outcome.grounds().get(0).code());
        return suspended ? Optional.of(outcome.grounds().get(0)) : Optional.empty();
    }

    /** The issuing authority extended the duty to preserve once, by 30 days; {@code until} is its new end. */
    public static Ground preservationExtended(String by, Instant at, Instant until) {
        return new Ground(PRESERVATION_EXTENDED, PreservationPeriod.LEGAL_BASIS, "The issuing authority (" + by
                + ") extended the duty to preserve at " + at + " by an additional "
                + PreservationPeriod.EXTENSION.toDays() + " days, which it may do once: the provider preserves the "
                + "data, disclosing nothing, until " + until + ".");
    }

    /**
     * The issuing authority confirmed that a subsequent request for production has been issued: the data is kept
     * without an end date, so the outcome's {@code preservationExpiresAt} is empty.
     */
    public static Ground productionRequestConfirmed(String by, Instant at, String reference) {
        return new Ground(PRODUCTION_REQUEST_CONFIRMED, PreservationPeriod.LEGAL_BASIS, "The issuing authority ("
                + by + ") confirmed at " + at + " that a subsequent request for production has been issued"
                + (reference == null || reference.isBlank() ? "" : " (its reference: " + reference.strip() + ")")
                + ": the provider keeps the data as long as needed to produce it once that request arrives, so the "
                + "preservation has no end date until the issuing authority says it is no longer necessary.");
    }

    /** The issuing authority said preservation is no longer necessary: the duty ended {@code at}. */
    public static Ground preservationWithdrawn(Instant at) {
        return new Ground(PRESERVATION_WITHDRAWN, PreservationPeriod.LEGAL_BASIS, "The issuing authority said at "
                + at + " that preservation is no longer necessary: the duty to preserve ended then, and the provider "
                + "may stop keeping the data.");
    }

    /** The period passed at {@code end} without a confirmed request for production: the duty ended then. */
    public static Ground preservationPeriodEnded(Instant end) {
        return new Ground(PRESERVATION_PERIOD_ENDED, PreservationPeriod.LEGAL_BASIS, "The preservation period "
                + "ended at " + end + " without a confirmed request for production: the duty to preserve ended "
                + "then, and the provider may stop keeping the data; disclosing any of it needs a production order.");
    }

    /**
     * What the issuing authority and time did to a preservation's period, newest first, as the revisions that made
     * each change stated it: the grounds that a fresh decision's preserved outcome, first decided to end at {@code
     * firstEnd}, starts with.
     */
    public static List<Ground> preservationPeriod(PreservationPeriod period, Instant firstEnd) {
        List<Ground> grounds = new ArrayList<>();
        if (period.ended()) {
            grounds.add(period.endReason() == PreservationEndReason.WITHDRAWN
                    ? preservationWithdrawn(period.endedAt())
                    : preservationPeriodEnded(period.decisionEnd(firstEnd)));
        }
        if (period.keptForProduction()) {
            grounds.add(productionRequestConfirmed(period.productionRequestConfirmedBy(),
                    period.productionRequestConfirmedAt(), period.productionRequestReference()));
        }
        if (period.extended()) {
            grounds.add(preservationExtended(period.extendedBy(), period.extendedAt(),
                    firstEnd == null ? period.preserveUntil() : firstEnd.plus(PreservationPeriod.EXTENSION)));
        }
        return List.copyOf(grounds);
    }

    public static Ground noApplicableRule(DataCategory category, String rulebookVersion) {
        return new Ground(NO_APPLICABLE_RULE, rulebookVersion == null ? "Rulebook" : "Rulebook " + rulebookVersion,
                "No rule of the rulebook decides the order for " + plain(category)
                        + " data; a legal reviewer must decide.");
    }

    /** Used when the assessment names no channel for a country that the order cannot reach directly. */
    public static Ground mutualLegalAssistance(String country) {
        return new Ground(MUTUAL_LEGAL_ASSISTANCE, "Mutual legal assistance with " + country,
                "The order cannot be served directly for data stored in " + country
                        + "; the issuing authority can request it from " + country
                        + " through mutual legal assistance.");
    }

    private static boolean isEuropeanOrder(Instrument instrument) {
        return instrument == Instrument.EPOC || instrument == Instrument.EPOC_PR;
    }

    private static String plain(DataCategory category) {
        return category.name().toLowerCase(Locale.ROOT);
    }
}
