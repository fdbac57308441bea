package io.lexroute.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order exactly as the government portal submitted it (order-api.md, v1), carried on every order event. */
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
        boolean emergency) {

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
