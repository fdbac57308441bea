package io.lexroute.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The jurisdiction-resolver's answer to "which law applies": judged by the law in force on {@link #lawDate()}
 * (the order's issue date), listing every rule that fired so each outcome can be explained and re-checked.
 */
public record Assessment(
        String rulebookVersion,
        LocalDate lawDate,
        String providerClassification,
        List<String> applicableInstruments,
        List<CategoryAssessment> categories,
        List<FiredRule> firedRules,
        Instant answerDeadline,
        Instant assessedAt) {

    public enum Disposition {
        /** The order is lawful for this category; where the data sits decides the rest. */
        PERMITTED,
        /** The order cannot be served for this category wherever the data is. */
        REFUSED,
        /** No rule covers the combination: a person must decide. */
        NO_APPLICABLE_RULE,
        /**
         * The order is lawful for this category but only asks the provider to preserve the data, not to disclose
         * it; {@link CategoryAssessment#preservation()} says until when. A distinct value rather than
         * {@code PERMITTED} plus a field, so that a consumer that does not know it fails instead of releasing.
         */
        PRESERVE
    }

    public enum TerritorialDoctrine {
        /** Data is where its servers are. */
        STORAGE_LOCATION,
        /** Data is where the service is offered. */
        SERVICE_TARGETING,
        /** Data is wherever the provider can reach it. */
        PROVIDER_CONTROL
    }

    /**
     * The verdict for one data category, with what the gateway needs to apply it to each storage location:
     * under {@link TerritorialDoctrine#STORAGE_LOCATION} only {@code reachableCountries} can be served directly and
     * every other country is redirected to the channel named in {@code redirects} (country {@code "*"} = any
     * other); {@code conflicts} send a location to legal review; {@code hold} delays release; {@code preservation}
     * is set exactly when the disposition is {@link Disposition#PRESERVE}.
     */
    public record CategoryAssessment(
            DataCategory dataCategory,
            Disposition disposition,
            List<Ground> grounds,
            TerritorialDoctrine doctrine,
            List<String> reachableCountries,
            List<Redirect> redirects,
            List<Conflict> conflicts,
            Hold hold,
            Preservation preservation) {

        /** A category that is not a preservation. */
        public CategoryAssessment(DataCategory dataCategory, Disposition disposition, List<Ground> grounds,
                TerritorialDoctrine doctrine, List<String> reachableCountries, List<Redirect> redirects,
                List<Conflict> conflicts, Hold hold) {
            this(dataCategory, disposition, grounds, doctrine, reachableCountries, redirects, conflicts, hold, null);
        }
    }

    public record Redirect(String country, Ground ground) {
    }

    public record Conflict(List<String> storageCountries, Ground ground) {
    }

    /**
     * A notified State may object within {@code windowHours} (e.g. the enforcing State's 10-day window); the window
     * ends at {@code endsAt}, counted from the order's receipt. {@code endsAt} is null in events of resolvers that
     * predate it, and a consumer then counts the window from its own decision. Release waits for the window's end,
     * unless {@code suspendsRelease} is false: in an emergency the notification does not suspend transmission, but the
     * window to object still runs. Events of resolvers that predate it carry no {@code suspendsRelease}: true.
     */
    public record Hold(Ground ground, int windowHours, Instant endsAt, Boolean suspendsRelease) {

        public Hold {
            suspendsRelease = !Boolean.FALSE.equals(suspendsRelease);
        }

        /** A hold on release until the window's end. */
        public Hold(Ground ground, int windowHours, Instant endsAt) {
            this(ground, windowHours, endsAt, true);
        }

        /** A hold whose end the producer did not compute. */
        public Hold(Ground ground, int windowHours) {
            this(ground, windowHours, null);
        }
    }

    /**
     * The provider preserves the data, without disclosing it, until {@code expiresAt}: {@code periodDays} after
     * the order was received. The issuing authority may extend that once by {@code extensionDays}, and the duty
     * lasts longer once it confirms a subsequent request for production; neither is known when the order arrives.
     */
    public record Preservation(Ground ground, int periodDays, int extensionDays, Instant expiresAt) {
    }

    public record FiredRule(String ruleId, String citation, String effect) {
    }
}
