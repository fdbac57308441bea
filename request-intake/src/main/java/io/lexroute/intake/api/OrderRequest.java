package io.lexroute.intake.api;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OffenceCategory;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.TargetType;
import io.lexroute.intake.api.validation.ChronologicalRange;
import io.lexroute.intake.api.validation.CountryCode;
import io.lexroute.intake.api.validation.IssueDate;
import io.lexroute.intake.api.validation.JudicialAuthority;
import io.lexroute.intake.api.validation.NoControlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * The body of {@code POST /api/v1/orders} (order-api.md). Optional: {@code issuingAuthority.validatedBy},
 * {@code legalBasis}, {@code offence.maxCustodialSentenceMonths}, {@code offence.categories},
 * {@code offence.committedInIssuingState}, {@code subject} and {@code subject.residenceCountry}; everything else is
 * required.
 */
public record OrderRequest(
        @NotBlank @Size(max = 200) @NoControlCharacters String externalReference,
        @NotNull @IssueDate LocalDate issuedAt,
        @NotNull @Valid IssuingAuthorityRequest issuingAuthority,
        @NotNull Instrument instrument,
        @Size(max = 20) List<@NotBlank @Size(max = 100) @NoControlCharacters String> legalBasis,
        @NotNull
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}",
                message = "must be a provider id: lower-case letters, digits and '-', at most 63 characters")
        String provider,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid TargetRequest> targets,
        @NotNull @Size(min = 1, max = 4) @UniqueElements(message = "must not contain the same category twice")
        List<@NotNull DataCategory> dataCategories,
        @NotNull @Valid TimeRangeRequest timeRange,
        @NotNull @Valid OffenceRequest offence,
        @Valid SubjectRequest subject,
        @NotNull Boolean emergency) {

    public record IssuingAuthorityRequest(
            @NotNull @CountryCode String country,
            @NotNull AuthorityType type,
            @NotBlank @Size(max = 300) @NoControlCharacters String name,
            @Valid ValidatingAuthorityRequest validatedBy) {
    }

    public record ValidatingAuthorityRequest(
            @NotNull @JudicialAuthority AuthorityType type,
            @NotBlank @Size(max = 300) @NoControlCharacters String name) {
    }

    public record TargetRequest(
            @NotNull TargetType type,
            @NotBlank @Size(max = 512) @NoControlCharacters String value) {
    }

    @ChronologicalRange
    public record TimeRangeRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    public record OffenceRequest(
            @NotBlank @Size(max = 2000) @NoControlCharacters String description,
            @Min(0) @Max(1200) Integer maxCustodialSentenceMonths,
            @Size(max = 4) @UniqueElements(message = "must not contain the same category twice")
            List<@NotNull OffenceCategory> categories,
            Boolean committedInIssuingState) {
    }

    public record SubjectRequest(@CountryCode String residenceCountry) {
    }

    /** The validated request as the event contract carries it; omitted optional lists become empty. */
    public Order toOrder(String submittedBy) {
        IssuingAuthorityRequest authority = issuingAuthority;
        Order.Validation validation = authority.validatedBy() == null ? null
                : new Order.Validation(authority.validatedBy().type(), authority.validatedBy().name());
        return new Order(
                externalReference,
                issuedAt,
                new Order.IssuingAuthority(authority.country(), authority.type(), authority.name(), validation),
                instrument,
                legalBasis == null ? List.of() : List.copyOf(legalBasis),
                provider,
                targets.stream().map(t -> new Order.Target(t.type(), t.value())).toList(),
                List.copyOf(dataCategories),
                new Order.TimeRange(timeRange.from(), timeRange.to()),
                new Order.Offence(offence.description(), offence.maxCustodialSentenceMonths(),
                        offence.categories() == null ? List.of() : List.copyOf(offence.categories()),
                        offence.committedInIssuingState()),
                new Order.Subject(subject == null ? null : subject.residenceCountry()),
                emergency,
                submittedBy);
    }
}
