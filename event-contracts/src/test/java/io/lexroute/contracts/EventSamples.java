package io.lexroute.contracts;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;

import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Conflict;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.FiredRule;
import io.lexroute.contracts.Assessment.Hold;
import io.lexroute.contracts.Assessment.Preservation;
import io.lexroute.contracts.Assessment.Redirect;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Order.IssuingAuthority;
import io.lexroute.contracts.Order.Offence;
import io.lexroute.contracts.Order.Subject;
import io.lexroute.contracts.Order.Target;
import io.lexroute.contracts.Order.TimeRange;
import io.lexroute.contracts.Order.Validation;
import io.lexroute.contracts.StorageLocation.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Realistic order events, built from the stories in /work/shared/cases. Between them every nullable member is
 * non-null somewhere and null somewhere, so the schemas' both branches are exercised.
 */
final class EventSamples {

    private EventSamples() {
    }

    /** Every sample, named for parameterized tests. */
    static Stream<Named<OrderEvent>> all() {
        return Stream.of(
                        microsoft2016().stream().map(e -> Named.of("us-msft-ie-2016 " + label(e), e)),
                        rotterdam2026().stream().map(e -> Named.of("nl-content-2026 " + label(e), e)),
                        munichPreservation2026().stream().map(e -> Named.of("de-preservation-2026 " + label(e), e)),
                        minimal().stream().map(e -> Named.of("minimal " + label(e), e)))
                .flatMap(s -> s);
    }

    private static String label(OrderEvent event) {
        return OrderTopic.of(event).topic();
    }

    // ---------------------------------------------------------------------------------------------------------
    // us-msft-ie-2016: an SCA warrant between the Second Circuit's ruling and the CLOUD Act. Subscriber and
    // traffic data sit in the US and are released; the mail sits in Dublin and is redirected to the MLAT.
    // ---------------------------------------------------------------------------------------------------------

    static final UUID MICROSOFT_ORDER_ID = UUID.fromString("6f1d2c3b-8a4e-4f5a-9b6c-7d8e9f0a1b2c");
    private static final String RULEBOOK_2016 = "rulebook-2026.03.1";

    private static final Target MICROSOFT_EMAIL = new Target(TargetType.EMAIL, "target2016@outlook.example");
    private static final Target MICROSOFT_PHONE = new Target(TargetType.PHONE, "+12125550147");

    private static final Ground SCA_SUBSCRIBER = new Ground(
            "SCA_2703C", "18 U.S.C. 2703(c)(2)", "Basic subscriber records may be compelled; a warrant suffices.");
    private static final Ground SCA_TRAFFIC = new Ground(
            "SCA_2703D", "18 U.S.C. 2703(d)", "Non-content records may be compelled; a warrant suffices.");
    private static final Ground SCA_CONTENT = new Ground(
            "SCA_WARRANT", "18 U.S.C. 2703(a)", "Stored content requires a warrant, and one was issued.");
    private static final Ground EXTRATERRITORIAL = new Ground(
            "EXTRATERRITORIAL_SCA_WARRANT",
            "Microsoft Corp. v. United States, 829 F.3d 197 (2d Cir. 2016)",
            "An SCA warrant does not reach content stored outside the United States.");
    private static final Ground MLAT_IRELAND = new Ground(
            "MLAT_IE",
            "US-Ireland Treaty on Mutual Legal Assistance, TIAS 13137",
            "Content stored in Ireland is obtained through the Irish central authority.");
    private static final Ground MLAT_ANY = new Ground(
            "MLA_REQUIRED", null, "Data stored outside the United States needs mutual legal assistance.");

    static Order microsoftOrder() {
        return new Order(
                "SDNY-2016-W-17",
                LocalDate.of(2016, 9, 1),
                new IssuingAuthority("US", AuthorityType.JUDGE, "US Magistrate Judge, S.D.N.Y.", null),
                Instrument.US_SCA_WARRANT,
                List.of("18 U.S.C. 2703(a)"),
                "microsoft",
                List.of(MICROSOFT_EMAIL, MICROSOFT_PHONE),
                List.of(SUBSCRIBER, TRAFFIC, CONTENT),
                new TimeRange(Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2016-09-01T00:00:00Z")),
                new Offence("see case file", 240, List.of()),
                new Subject(null),
                false, "be-antwerp-court");
    }

    static Assessment microsoftAssessment() {
        List<Redirect> elsewhere = List.of(new Redirect("*", MLAT_ANY));
        return new Assessment(
                RULEBOOK_2016,
                LocalDate.of(2016, 9, 1),
                "US: provider of electronic communication service (18 U.S.C. 2510(15))",
                List.of("US-SCA"),
                List.of(
                        new CategoryAssessment(SUBSCRIBER, Disposition.PERMITTED, List.of(SCA_SUBSCRIBER),
                                TerritorialDoctrine.STORAGE_LOCATION, List.of("US"), elsewhere, List.of(), null),
                        new CategoryAssessment(TRAFFIC, Disposition.PERMITTED, List.of(SCA_TRAFFIC),
                                TerritorialDoctrine.STORAGE_LOCATION, List.of("US"), elsewhere, List.of(), null),
                        new CategoryAssessment(CONTENT, Disposition.PERMITTED, List.of(SCA_CONTENT, EXTRATERRITORIAL),
                                TerritorialDoctrine.STORAGE_LOCATION, List.of("US"),
                                List.of(new Redirect("IE", MLAT_IRELAND), new Redirect("*", MLAT_ANY)),
                                List.of(), null)),
                List.of(
                        new FiredRule("US-SCA", "18 U.S.C. 2703", "SUBSCRIBER, TRAFFIC, CONTENT permitted"),
                        new FiredRule("US-MSFT-2D", EXTRATERRITORIAL.citation(), "only US storage reachable"),
                        new FiredRule("US-IE-MLAT", MLAT_IRELAND.citation(), "IE redirected to MLAT")),
                null,
                Instant.parse("2016-09-01T14:03:28.102Z"));
    }

    private static final UUID MICROSOFT_PACKAGE_ID = UUID.fromString("5d0c9b8a-7e6f-4a3b-9c2d-1e0f9a8b7c6d");

    /**
     * One event per topic, in topic order: received, assessed, located, decided, closed, package-received; no
     * deadline-passed, as the order had no answer deadline.
     */
    static List<OrderEvent> microsoft2016() {
        UUID id = MICROSOFT_ORDER_ID;
        Order order = microsoftOrder();
        Assessment assessment = microsoftAssessment();
        String account = "ms-acct-2016";
        return List.of(
                new OrderReceived(id, Instant.parse("2016-09-01T14:03:27.481220993Z"), order),
                new OrderAssessed(id, order, assessment),
                new OrderLocated(id, order, assessment,
                        List.of(
                                new StorageLocation(SUBSCRIBER, "US", "us-west", "Microsoft Corporation", Role.PRIMARY,
                                        account),
                                new StorageLocation(TRAFFIC, "US", "us-west", "Microsoft Corporation", Role.PRIMARY,
                                        account),
                                new StorageLocation(CONTENT, "IE", "dublin-1", "Microsoft Ireland Operations Ltd",
                                        Role.PRIMARY, account)),
                        List.of(MICROSOFT_PHONE),
                        Instant.parse("2016-09-01T14:03:28.650Z")),
                new OrderDecided(id, 1, OrderStatus.PARTIALLY_RELEASED, new Decision(
                        List.of(
                                new CategoryOutcome(SUBSCRIBER, "US", Outcome.RELEASE, List.of(SCA_SUBSCRIBER)),
                                new CategoryOutcome(TRAFFIC, "US", Outcome.RELEASE, List.of(SCA_TRAFFIC)),
                                new CategoryOutcome(CONTENT, "IE", Outcome.REDIRECT,
                                        List.of(EXTRATERRITORIAL, MLAT_IRELAND))),
                        RULEBOOK_2016,
                        Instant.parse("2016-09-01T14:03:29.004Z")),
                        "https://gateway.lexroute.example/api/v1/orders/" + id + "/refusal"),
                new OrderClosed(id, OrderStatus.DELIVERED, Instant.parse("2016-09-14T10:41:00Z"),
                        "SUBSCRIBER and TRAFFIC delivered; CONTENT redirected to the US-Ireland MLAT channel."),
                new OrderPackageReceived(id, MICROSOFT_PACKAGE_ID, TRAFFIC, "US", "ms-acct-2016-traffic.csv",
                        "text/csv", 48_211, "9f2c4e1a7b3d5f6081a2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f809",
                        Instant.parse("2016-09-14T10:40:58Z"),
                        "http://127.0.0.1:8084/api/v1/orders/" + id + "/packages/" + MICROSOFT_PACKAGE_ID));
    }

    // ---------------------------------------------------------------------------------------------------------
    // nl-content-2026: a Dutch prosecutor's European Production Order for content, validated by an investigating
    // judge, for a person living in Belgium. The Irish copy waits for the enforcing State's window; a US replica
    // conflicts with US law and goes to legal review. Once the window ends the Irish copy is released (a revision not
    // sampled here), and the answer deadline passes before the provider's package arrives.
    // ---------------------------------------------------------------------------------------------------------

    static final UUID ROTTERDAM_ORDER_ID = UUID.fromString("0b7e4f5c-2d1a-4c3e-8f9a-1e2d3c4b5a69");
    private static final String RULEBOOK_2026 = "rulebook-2026.11.0";

    private static final Ground ISSUER_VALIDATED = new Ground(
            "EEVID_ISSUER_VALIDATED", "Regulation (EU) 2023/1543 Art. 4(2)",
            "Content data: issued by a prosecutor and validated by an investigating judge.");
    static final Ground NOTIFICATION = new Ground(
            "EEVID_NOTIFICATION", "Regulation (EU) 2023/1543 Art. 8",
            "The person resides in Belgium: Belgium is notified and may object within 10 days.");
    private static final Ground CONFLICTING_OBLIGATIONS = new Ground(
            "CONFLICTING_OBLIGATIONS", "Regulation (EU) 2023/1543 Art. 17; 18 U.S.C. 2702(a)",
            "US law bars the provider from disclosing content to a foreign government.");

    static List<OrderEvent> rotterdam2026() {
        UUID id = ROTTERDAM_ORDER_ID;
        Order order = new Order(
                "NL-OVJ-2026-12",
                LocalDate.of(2026, 11, 2),
                new IssuingAuthority("NL", AuthorityType.PUBLIC_PROSECUTOR,
                        "Officier van justitie, Arrondissementsparket Rotterdam",
                        new Validation(AuthorityType.INVESTIGATING_JUDGE, "Rechter-commissaris, Rechtbank Rotterdam")),
                Instrument.EPOC,
                List.of("Regulation (EU) 2023/1543 Art. 4(2)"),
                "microsoft",
                List.of(new Target(TargetType.EMAIL, "bewoner@outlook.example")),
                List.of(CONTENT),
                new TimeRange(Instant.parse("2026-01-01T00:00:00Z"), null),
                new Offence("intrusion into a computer system", 96,
                        List.of(OffenceCategory.ATTACK_ON_INFORMATION_SYSTEMS), false),
                new Subject("BE"),
                false,
                "nl-rotterdam-prosecutor");
        Assessment assessment = new Assessment(
                RULEBOOK_2026,
                LocalDate.of(2026, 11, 2),
                "EU: service provider offering services in the Union (Regulation (EU) 2023/1543 Art. 3(3))",
                List.of("EU-EEVID"),
                List.of(new CategoryAssessment(CONTENT, Disposition.PERMITTED, List.of(ISSUER_VALIDATED),
                        TerritorialDoctrine.SERVICE_TARGETING, null, List.of(),
                        List.of(new Conflict(List.of("US"), CONFLICTING_OBLIGATIONS)),
                        new Hold(NOTIFICATION, 240, Instant.parse("2026-11-12T09:15:03.918Z")))),
                List.of(
                        new FiredRule("EU-EEVID", "Regulation (EU) 2023/1543 Art. 1", "provider bound"),
                        new FiredRule("EU-EEVID-ISSUER", ISSUER_VALIDATED.citation(), "validated issuer"),
                        new FiredRule("EU-EEVID-THRESHOLD", "Regulation (EU) 2023/1543 Art. 5(4)", "listed offence"),
                        new FiredRule("EU-EEVID-NOTIFY", NOTIFICATION.citation(), "notify BE, hold 240h"),
                        new FiredRule("EU-EEVID-CONFLICT", "Regulation (EU) 2023/1543 Art. 17", "US storage")),
                Instant.parse("2026-11-12T09:15:04Z"),
                Instant.parse("2026-11-02T09:15:04.337Z"));
        String account = "ms-acct-nl-1";
        return List.of(
                new OrderReceived(id, Instant.parse("2026-11-02T09:15:03.918Z"), order),
                new OrderAssessed(id, order, assessment),
                new OrderLocated(id, order, assessment,
                        List.of(
                                new StorageLocation(CONTENT, "IE", "dublin-1", "Microsoft Ireland Operations Ltd",
                                        Role.PRIMARY, account),
                                new StorageLocation(CONTENT, "US", "us-east-2", "Microsoft Corporation", Role.REPLICA,
                                        account)),
                        List.of(),
                        Instant.parse("2026-11-02T09:15:05.120Z"),
                        new EuAddressee(EuAddressee.Kind.DESIGNATED_ESTABLISHMENT, "IE",
                                "Microsoft Ireland Operations Ltd")),
                new OrderDecided(id, 1, OrderStatus.IN_LEGAL_REVIEW, new Decision(
                        List.of(
                                new CategoryOutcome(CONTENT, "IE", Outcome.HOLD, List.of(NOTIFICATION)),
                                new CategoryOutcome(CONTENT, "US", Outcome.LEGAL_REVIEW,
                                        List.of(CONFLICTING_OBLIGATIONS))),
                        RULEBOOK_2026,
                        Instant.parse("2026-11-02T09:15:05.477Z"))),
                new OrderDeadlinePassed(id, CONTENT, "IE", "microsoft", Instant.parse("2026-11-12T09:15:04Z"),
                        Instant.parse("2026-11-12T09:16:04.211Z")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // de-preservation-2026: a German prosecutor's European Preservation Order for subscriber data and content.
    // Nothing is disclosed: both categories are preserved for 60 days from receipt, wherever they are stored.
    // ---------------------------------------------------------------------------------------------------------

    static final UUID MUNICH_ORDER_ID = UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
    private static final String RULEBOOK_PRESERVATION = "rulebook-2026.12.0";
    private static final Instant MUNICH_RECEIVED = Instant.parse("2026-12-01T08:30:00Z");
    private static final Instant MUNICH_PRESERVE_UNTIL = Instant.parse("2027-01-30T08:30:00Z");

    private static final Ground PRESERVE_60_DAYS = new Ground(
            "EEVID_PRESERVATION", "Regulation (EU) 2023/1543 Art. 11(1)",
            "Preserve the data without disclosing it until 2027-01-30T08:30:00Z, 60 days after receipt.");
    private static final Ground PROSECUTOR_MAY_PRESERVE = new Ground(
            "ISSUER_COMPETENT", "Regulation (EU) 2023/1543 Art. 4(3)",
            "A public prosecutor may issue a European Preservation Order for any data category.");

    static List<OrderEvent> munichPreservation2026() {
        UUID id = MUNICH_ORDER_ID;
        Order order = new Order(
                "DE-STA-M-2026-4411",
                LocalDate.of(2026, 11, 30),
                new IssuingAuthority("DE", AuthorityType.PUBLIC_PROSECUTOR, "Staatsanwaltschaft München I", null),
                Instrument.EPOC_PR,
                List.of("Regulation (EU) 2023/1543 Art. 4(3)"),
                "microsoft",
                List.of(new Target(TargetType.EMAIL, "verdacht@outlook.example")),
                List.of(SUBSCRIBER, CONTENT),
                new TimeRange(Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z")),
                new Offence("fraud", 60, List.of()),
                new Subject("DE"),
                false,
                "de-munich-prosecutor");
        Preservation preservation = new Preservation(PRESERVE_60_DAYS, 60, 30, MUNICH_PRESERVE_UNTIL);
        List<Ground> grounds = List.of(PRESERVE_60_DAYS, PROSECUTOR_MAY_PRESERVE);
        Assessment assessment = new Assessment(
                RULEBOOK_PRESERVATION,
                LocalDate.of(2026, 11, 30),
                "SERVICE_PROVIDER_OFFERING_SERVICES_IN_THE_UNION",
                List.of("European Preservation Order (Regulation (EU) 2023/1543)"),
                List.of(
                        new CategoryAssessment(SUBSCRIBER, Disposition.PRESERVE, grounds,
                                TerritorialDoctrine.PROVIDER_CONTROL, List.of(), List.of(), List.of(), null,
                                preservation),
                        new CategoryAssessment(CONTENT, Disposition.PRESERVE, grounds,
                                TerritorialDoctrine.PROVIDER_CONTROL, List.of(), List.of(), List.of(), null,
                                preservation)),
                List.of(new FiredRule("EU-EEVID-PR-PERIOD", PRESERVE_60_DAYS.citation(), "preserve 60 days")),
                null,
                Instant.parse("2026-12-01T08:30:00.412Z"));
        String account = "ms-acct-de-9";
        return List.of(
                new OrderReceived(id, MUNICH_RECEIVED, order),
                new OrderAssessed(id, order, assessment),
                new OrderLocated(id, order, assessment,
                        List.of(
                                new StorageLocation(SUBSCRIBER, "US", "us-west", "Microsoft Corporation",
                                        Role.PRIMARY, account),
                                new StorageLocation(CONTENT, "IE", "dublin-1", "Microsoft Ireland Operations Ltd",
                                        Role.PRIMARY, account)),
                        List.of(),
                        Instant.parse("2026-12-01T08:30:01Z")),
                new OrderDecided(id, 1, OrderStatus.PRESERVED, new Decision(
                        List.of(
                                new CategoryOutcome(SUBSCRIBER, "US", Outcome.PRESERVE, grounds,
                                        MUNICH_PRESERVE_UNTIL),
                                new CategoryOutcome(CONTENT, "IE", Outcome.PRESERVE, grounds, MUNICH_PRESERVE_UNTIL)),
                        RULEBOOK_PRESERVATION,
                        Instant.parse("2026-12-01T08:30:01.300Z"))),
                new OrderClosed(id, OrderStatus.PRESERVED, Instant.parse("2026-12-01T08:30:01.310Z"),
                        "Nothing is released; the provider preserves the data until 2027-01-30T08:30:00Z."));
    }

    // ---------------------------------------------------------------------------------------------------------
    // minimal: every nullable member null (data-not-held flavoured), at the top of the order and inside it.
    // ---------------------------------------------------------------------------------------------------------

    static final UUID MINIMAL_ORDER_ID = UUID.fromString("c2a0b1d4-5e6f-4a7b-9c8d-0e1f2a3b4c5d");

    static List<OrderEvent> minimal() {
        UUID id = MINIMAL_ORDER_ID;
        Target nobody = new Target(TargetType.ACCOUNT_ID, "live:nobody.here");
        Target somebody = new Target(TargetType.USERNAME, "somebody.de");
        Order bare = new Order("DE-STA-2026-0815", LocalDate.of(2026, 10, 20),
                new IssuingAuthority("DE", AuthorityType.PUBLIC_PROSECUTOR, "Staatsanwaltschaft Berlin", null),
                Instrument.EPOC, null, "skype", List.of(nobody, somebody), List.of(SUBSCRIBER),
                null, null, null, false, null);
        Order hollow = new Order(bare.externalReference(), bare.issuedAt(), bare.issuingAuthority(),
                bare.instrument(), List.of(), bare.provider(), bare.targets(), bare.dataCategories(),
                new TimeRange(null, null), new Offence(null, null, null), new Subject(null), bare.emergency(), bare.submittedBy());
        Assessment assessment = new Assessment("rulebook-2026.10.0", LocalDate.of(2026, 10, 20), null, List.of(),
                List.of(new CategoryAssessment(SUBSCRIBER, Disposition.NO_APPLICABLE_RULE, List.of(),
                        null, null, null, null, null)),
                List.of(new FiredRule("EU-EEVID", "Regulation (EU) 2023/1543 Art. 1", null)),
                null,
                Instant.parse("2026-10-20T08:00:01Z"));
        Ground notHeld = new Ground("DATA_NOT_HELD", null,
                "The provider holds no subscriber data for live:nobody.here.");
        return List.of(
                new OrderReceived(id, Instant.parse("2026-10-20T08:00:00Z"), bare),
                new OrderAssessed(id, hollow, assessment),
                new OrderLocated(id, hollow, assessment,
                        List.of(new StorageLocation(SUBSCRIBER, "LU", null, "Skype Communications S.a r.l.", null,
                                "sk-de-7")),
                        List.of(nobody),
                        Instant.parse("2026-10-20T08:00:02Z")),
                new OrderDecided(id, 0, OrderStatus.REFUSED, new Decision(
                        List.of(new CategoryOutcome(SUBSCRIBER, null, Outcome.REFUSE, List.of(notHeld))),
                        "rulebook-2026.10.0",
                        Instant.parse("2026-10-20T08:00:03Z"))),
                new OrderClosed(id, OrderStatus.REFUSED, Instant.parse("2026-10-20T08:00:04Z"), null));
    }
}
