package io.lexroute.gateway.support;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.EuAddressee;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Located orders that lead the decision maker to the outcomes a test needs: one storage country per category, the
 * assessment of each category written so that its outcome there is the one named.
 */
public final class LocatedOrders {

    public static final Ground LAWFUL = new Ground("EEVID_SUBSCRIBER", "Regulation (EU) 2023/1543, Art. 4(1)",
            "A public prosecutor may order subscriber data for any criminal offence.");
    public static final Ground NOTIFY = new Ground("EEVID_NOTIFICATION",
            "Regulation (EU) 2023/1543, Art. 8(1) and Art. 10",
            "The enforcing State is notified and may raise grounds for refusal within its window.");
    public static final Ground CONFLICT = new Ground("GDPR_48_CONFLICT", "GDPR Art. 48",
            "A third-country order to transfer personal data stored in the Union conflicts with EU law.");
    /** The resolver's ground (rule EU-EEVID-CONFLICT-US-CONTENT) for a production order clashing with US law. */
    public static final Ground THIRD_COUNTRY_CONFLICT = new Ground("EEVID_THIRD_COUNTRY_CONFLICT",
            "Regulation (EU) 2023/1543, Art. 17; 18 U.S.C. 2702(a)",
            "Compliance would breach the law of a third country; a reviewer decides whether to file the objection.");

    /** The resolver's ground for a category of a European Preservation Order. */
    public static final Ground PRESERVATION = new Ground("EEVID_PRESERVATION", "Regulation (EU) 2023/1543, Art. 11",
            "Preserve the data, without disclosing it, for 60 days after receipt.");

    /** The authority tenant that submits every order built here, unless {@link #submittedBy} names another. */
    public static final String SUBMITTED_BY = "de-test-prosecutor";
    public static final String SUBMITTER_COUNTRY = "DE";

    private final UUID orderId;
    private String provider;
    private String submittedBy = SUBMITTED_BY;
    private final List<CategoryAssessment> categories = new ArrayList<>();
    private final List<StorageLocation> locations = new ArrayList<>();
    private String authority = "Staatsanwaltschaft Berlin";
    private Instrument instrument = Instrument.EPOC;
    private Instant answerDeadline = Instant.now().plus(Duration.ofDays(10));
    private EuAddressee addressee;

    private LocatedOrders(UUID orderId) {
        this.orderId = orderId;
        this.provider = "test-provider-" + orderId.toString().substring(0, 8);
    }

    public static LocatedOrders order(UUID orderId) {
        return new LocatedOrders(orderId);
    }

    public UUID orderId() {
        return orderId;
    }

    /** Each test order has a provider of its own, so that its task list is the test's alone. */
    public String provider() {
        return provider;
    }

    /** A provider of the platform instead of the order's own test provider, e.g. {@code skype}. */
    public LocatedOrders provider(String provider) {
        this.provider = provider;
        return this;
    }

    /** Another authority tenant as the order's submitter. */
    public LocatedOrders submittedBy(String tenant) {
        this.submittedBy = tenant;
        return this;
    }

    public LocatedOrders authority(String name) {
        this.authority = name;
        return this;
    }

    public LocatedOrders instrument(Instrument instrument) {
        this.instrument = instrument;
        return this;
    }

    /** The provider's designated establishment in {@code country}, as data-locator's catalog would carry it. */
    public LocatedOrders addresseeIn(String country) {
        this.addressee = new EuAddressee(EuAddressee.Kind.DESIGNATED_ESTABLISHMENT, country,
                "Test Provider " + country + " Ltd");
        return this;
    }

    public LocatedOrders answerDeadline(Instant deadline) {
        this.answerDeadline = deadline;
        return this;
    }

    public LocatedOrders released(DataCategory category, String country) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.PERMITTED,
                List.of(LAWFUL), Assessment.TerritorialDoctrine.SERVICE_TARGETING, List.of(), List.of(), List.of(),
                null));
    }

    /** Held for {@code windowHours} from the decision, as from a resolver that does not give the window's end. */
    public LocatedOrders held(DataCategory category, String country, int windowHours) {
        return heldUntil(category, country, windowHours, null);
    }

    /** Held until {@code endsAt}, the end the resolver counted from the order's receipt. */
    public LocatedOrders heldUntil(DataCategory category, String country, int windowHours, Instant endsAt) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.PERMITTED,
                List.of(LAWFUL), Assessment.TerritorialDoctrine.SERVICE_TARGETING, List.of(), List.of(), List.of(),
                new Assessment.Hold(NOTIFY, windowHours, endsAt)));
    }

    /**
     * Released at once in an emergency, where notifying the enforcing State suspends nothing (Regulation (EU)
     * 2023/1543 Art. 8(4)), while that State may still object until {@code endsAt}, 96 hours after receipt (Art. 12(1)).
     */
    public LocatedOrders notifiedInEmergency(DataCategory category, String country, Instant endsAt) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.PERMITTED,
                List.of(LAWFUL, NOTIFY), Assessment.TerritorialDoctrine.SERVICE_TARGETING, List.of(), List.of(),
                List.of(), new Assessment.Hold(NOTIFY, 96, endsAt, false)));
    }

    /** In review for a conflict, in an emergency whose notification window runs until {@code endsAt}. */
    public LocatedOrders inReviewNotifiedInEmergency(DataCategory category, String country, Instant endsAt) {
        return inConflict(category, country, CONFLICT, new Assessment.Hold(NOTIFY, 96, endsAt, false));
    }

    /** To be preserved until {@code expiresAt}, as the resolver assesses a European Preservation Order. */
    public LocatedOrders preserved(DataCategory category, String country, Instant expiresAt) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.PRESERVE,
                List.of(PRESERVATION), Assessment.TerritorialDoctrine.SERVICE_TARGETING, List.of(), List.of(),
                List.of(), null, new Assessment.Preservation(PRESERVATION, 60, 30, expiresAt)));
    }

    public LocatedOrders inReview(DataCategory category, String country) {
        return inConflict(category, country, CONFLICT, null);
    }

    /** In review for a conflict, and under a notification hold until {@code holdEndsAt} as well. */
    public LocatedOrders inReviewAndHeld(DataCategory category, String country, Instant holdEndsAt) {
        return inConflict(category, country, CONFLICT, new Assessment.Hold(NOTIFY, 240, holdEndsAt));
    }

    /**
     * In review for the conflict with a third country's law that a reviewer may object to under Regulation (EU)
     * 2023/1543 Art. 17 (ground {@link #THIRD_COUNTRY_CONFLICT}), as the resolver sends a European Production Order
     * for content stored in the US.
     */
    public LocatedOrders inThirdCountryConflict(DataCategory category, String country) {
        return inConflict(category, country, THIRD_COUNTRY_CONFLICT, null);
    }

    /** In review for the Art. 17 conflict, and under a notification hold until {@code holdEndsAt} as well. */
    public LocatedOrders inThirdCountryConflictAndHeld(DataCategory category, String country, Instant holdEndsAt) {
        return inConflict(category, country, THIRD_COUNTRY_CONFLICT, new Assessment.Hold(NOTIFY, 240, holdEndsAt));
    }

    /** In review because no rule of the rulebook decides the category ({@code NO_APPLICABLE_RULE}). */
    public LocatedOrders withoutApplicableRule(DataCategory category, String country) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.NO_APPLICABLE_RULE,
                List.of(), Assessment.TerritorialDoctrine.PROVIDER_CONTROL, List.of(), List.of(), List.of(), null));
    }

    public LocatedOrders refused(DataCategory category, String country, Ground ground) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.REFUSED,
                List.of(ground), Assessment.TerritorialDoctrine.SERVICE_TARGETING, List.of(), List.of(), List.of(),
                null));
    }

    public LocatedOrders redirected(DataCategory category, String country, Ground channel) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.PERMITTED,
                List.of(LAWFUL), Assessment.TerritorialDoctrine.STORAGE_LOCATION, List.of("DE"),
                List.of(new Assessment.Redirect(country, channel)), List.of(), null));
    }

    public OrderLocated build() {
        List<DataCategory> requested = categories.stream().map(CategoryAssessment::dataCategory).toList();
        Order order = new Order("TEST-" + orderId, LocalDate.parse("2026-10-20"),
                new Order.IssuingAuthority(SUBMITTER_COUNTRY, AuthorityType.PUBLIC_PROSECUTOR, authority, null), instrument,
                List.of(), provider, List.of(new Order.Target(TargetType.ACCOUNT_ID, "acct-" + orderId)), requested,
                new Order.TimeRange(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-10-20T00:00:00Z")),
                new Order.Offence("test", 60, List.of()), new Order.Subject("DE"), false, submittedBy);
        Assessment assessment = new Assessment("test-rulebook", LocalDate.parse("2026-10-20"), "PROVIDER",
                List.of("EU-EEVID"), List.copyOf(categories), List.of(), answerDeadline, Instant.now());
        return new OrderLocated(orderId, order, assessment, List.copyOf(locations), List.of(), Instant.now(),
                addressee);
    }

    private LocatedOrders inConflict(DataCategory category, String country, Ground conflict, Assessment.Hold hold) {
        return add(category, country, new CategoryAssessment(category, Assessment.Disposition.PERMITTED,
                List.of(LAWFUL), Assessment.TerritorialDoctrine.PROVIDER_CONTROL, List.of(), List.of(),
                List.of(new Assessment.Conflict(List.of(country), conflict)), hold));
    }

    /** A copy of a category already added, stored in {@code country} too, under the same assessment. */
    public LocatedOrders alsoStoredIn(DataCategory category, String country) {
        locations.add(location(category, country));
        return this;
    }

    /** A category already added, also held for another account of the provider in {@code country}. */
    public LocatedOrders alsoHeldFor(String accountId, DataCategory category, String country) {
        StorageLocation location = location(category, country);
        locations.add(new StorageLocation(category, country, location.site(), location.custodian(), location.role(),
                accountId));
        return this;
    }

    private LocatedOrders add(DataCategory category, String country, CategoryAssessment assessment) {
        categories.add(assessment);
        locations.add(location(category, country));
        return this;
    }

    private StorageLocation location(DataCategory category, String country) {
        return new StorageLocation(category, country, country.toLowerCase() + "-site-1",
                "Test Custodian " + country + " Ltd", StorageLocation.Role.PRIMARY, "acct-" + orderId);
    }
}
