package io.lexroute.contracts;

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

    public record Offence(String description, Integer maxCustodialSentenceMonths, List<OffenceCategory> categories) {
    }

    public record Subject(String residenceCountry) {
    }
}
