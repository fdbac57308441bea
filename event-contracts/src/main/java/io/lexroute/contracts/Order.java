package io.lexroute.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order exactly as the government portal submitted it (order-api.md, v1), carried on every order event.
 * {@code submittedBy} is not part of the request body: request-intake sets it to the authenticated portal account
 * (the authority tenant) so that the services downstream can show the order's answer to that account and no other.
 */
public record Order(
        String externalReference,
        LocalDate issuedAt,
        IssuingAuthority issuingAuthority,
        Instrument instrument,
        List<String> legalBasis,
        String provider,
        List<Target> targets,
        List<DataCategory> dataCategories,
        TimeRange timeRange,
        Offence offence,
        Subject subject,
        boolean emergency,
        String submittedBy) {

    public record IssuingAuthority(String country, AuthorityType type, String name, Validation validatedBy) {
    }

    /** A judge, court or prosecutor who validated an order issued by another authority. */
    public record Validation(AuthorityType type, String name) {
    }

    public record Target(TargetType type, String value) {
    }

    public record TimeRange(Instant from, Instant to) {
    }

    /**
     * @param committedInIssuingState whether the issuing authority has reasonable grounds to believe that the offence
     *                                was, is or will be committed in the issuing State (Regulation (EU)
     *                                2023/1543 Art. 8(2)); null when the order does not say. Left out of the JSON when
     *                                null, so that orders without it keep their canonical form (request-intake's
     *                                idempotency fingerprint) and older consumers read them as before.
     */
    public record Offence(String description, Integer maxCustodialSentenceMonths, List<OffenceCategory> categories,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean committedInIssuingState) {

        public Offence(String description, Integer maxCustodialSentenceMonths, List<OffenceCategory> categories) {
            this(description, maxCustodialSentenceMonths, categories, null);
        }
    }

    public record Subject(String residenceCountry) {
    }
}
