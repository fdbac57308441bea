package io.lexroute.resolver.domain;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OffenceCategory;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.TargetType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Builds orders for the boundary tests, starting from a plausible order and changing one thing at a time. */
final class Orders {

    private LocalDate issuedAt;
    private String country;
    private AuthorityType authority;
    private AuthorityType validatedBy;
    private Instrument instrument;
    private String provider = "microsoft";
    private List<DataCategory> categories = List.of(DataCategory.SUBSCRIBER);
    private Integer maxSentenceMonths = 60;
    private List<OffenceCategory> offenceCategories = List.of();
    private Boolean committedInIssuingState;
    private String residence;
    private boolean emergency;

    private Orders(Instrument instrument, String country, AuthorityType authority, String issuedAt) {
        this.instrument = instrument;
        this.country = country;
        this.authority = authority;
        this.issuedAt = LocalDate.parse(issuedAt);
        this.residence = country;
    }

    static Orders epoc(String country, String issuedAt) {
        return new Orders(Instrument.EPOC, country, AuthorityType.INVESTIGATING_JUDGE, issuedAt);
    }

    static Orders usWarrant(String issuedAt) {
        return new Orders(Instrument.US_SCA_WARRANT, "US", AuthorityType.JUDGE, issuedAt).residence(null);
    }

    static Orders belgian(String issuedAt) {
        return new Orders(Instrument.NATIONAL_ORDER, "BE", AuthorityType.INVESTIGATING_JUDGE, issuedAt)
                .provider("skype");
    }

    /** A UK judge's overseas production order to Microsoft, for a person living in the UK. */
    static Orders ukOverseasProductionOrder(String issuedAt) {
        return new Orders(Instrument.UK_OVERSEAS_PRODUCTION_ORDER, "GB", AuthorityType.JUDGE, issuedAt);
    }

    /** A US police request for voluntary disclosure, declaring an emergency. */
    static Orders usEmergencyRequest(String issuedAt) {
        return new Orders(Instrument.EMERGENCY_DISCLOSURE_REQUEST, "US", AuthorityType.POLICE, issuedAt)
                .residence(null).emergency();
    }

    /** An investigating judge's order under the issuing State's own law, to Microsoft. */
    static Orders national(String country, String issuedAt) {
        return new Orders(Instrument.NATIONAL_ORDER, country, AuthorityType.INVESTIGATING_JUDGE, issuedAt);
    }

    /** A request that reached the provider through the central authority of the provider's own State. */
    static Orders mutualLegalAssistance(String country, String issuedAt) {
        return new Orders(Instrument.MLAT_REQUEST, country, AuthorityType.PUBLIC_PROSECUTOR, issuedAt);
    }

    Orders issuedAt(String value) {
        issuedAt = LocalDate.parse(value);
        return this;
    }

    Orders instrument(Instrument value) {
        instrument = value;
        return this;
    }

    Orders country(String value) {
        country = value;
        return this;
    }

    Orders authority(AuthorityType value) {
        authority = value;
        return this;
    }

    Orders validatedBy(AuthorityType value) {
        validatedBy = value;
        return this;
    }

    Orders provider(String value) {
        provider = value;
        return this;
    }

    Orders categories(DataCategory... values) {
        categories = Arrays.asList(values);
        return this;
    }

    Orders maxSentenceMonths(Integer value) {
        maxSentenceMonths = value;
        return this;
    }

    /** The issuing authority's statement that the offence was, is or will be committed in the issuing State. */
    Orders committedInIssuingState(Boolean value) {
        committedInIssuingState = value;
        return this;
    }

    Orders offenceCategories(OffenceCategory... values) {
        offenceCategories = Arrays.asList(values);
        return this;
    }

    Orders residence(String value) {
        residence = value;
        return this;
    }

    Orders emergency() {
        return emergency(true);
    }

    Orders emergency(boolean value) {
        emergency = value;
        return this;
    }

    Order build() {
        Order.Validation validation = validatedBy == null ? null : new Order.Validation(validatedBy, "validator");
        return new Order(
                "TEST-" + country + "-" + issuedAt,
                issuedAt,
                new Order.IssuingAuthority(country, authority, "test authority", validation),
                instrument,
                List.of(),
                provider,
                List.of(new Order.Target(TargetType.EMAIL, "someone@example.test")),
                categories,
                new Order.TimeRange(Instant.parse("2016-01-01T00:00:00Z"), issuedAt.atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC)),
                new Order.Offence("test offence", maxSentenceMonths, offenceCategories, committedInIssuingState),
                new Order.Subject(residence),
                emergency, "be-antwerp-court");
    }
}
