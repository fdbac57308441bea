package io.lexroute.gateway.domain;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.contracts.TargetType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefusalDocumentsTest {

    private static final UUID ORDER_ID = UUID.fromString("6f1c0b9e-8d0f-4a57-9a3e-2b1f4d5c7e80");
    private static final Instant DECIDED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Ground LAWFUL = new Ground("SCA_2703", "18 U.S.C. 2703", "Reachable in the US.");
    private static final Ground MLAT = new Ground("EXTRATERRITORIAL_SCA_WARRANT",
            "US-Ireland Treaty on Mutual Legal Assistance, TIAS 13137", "Ask Ireland's central authority.");
    private static final Ground SECOND = new Ground("EXTRA", "Another provision", "Another reason.");
    private static final Ground NOT_HELD = new Ground("DATA_NOT_HELD", "No data held", "Nothing held.");

    @Test
    void listsEveryRefusedAndRedirectedOutcomeWithAllItsGroundsAndTheChannel() {
        Decision decision = new Decision(List.of(
                new CategoryOutcome(SUBSCRIBER, "US", RELEASE, List.of(LAWFUL)),
                new CategoryOutcome(CONTENT, "IE", REDIRECT, List.of(MLAT, SECOND)),
                new CategoryOutcome(TRAFFIC, null, REFUSE, List.of(NOT_HELD))), "rb", DECIDED);

        RefusalDocument document = RefusalDocuments.of(ORDER_ID, order(), 3, OrderStatus.PARTIALLY_RELEASED,
                decision).orElseThrow();

        assertThat(document.orderReference()).isEqualTo("SDNY-2016-1");
        assertThat(document.authority().name()).isEqualTo("US Magistrate Judge, S.D.N.Y.");
        assertThat(document.authority().validatedBy()).isEqualTo("Chief Judge (COURT)");
        assertThat(document.provider()).isEqualTo("microsoft");
        assertThat(document.decisionRevision()).isEqualTo(3);
        assertThat(document.decidedAt()).isEqualTo(DECIDED);
        assertThat(document.title()).contains("Annex III of Regulation (EU) 2023/1543");
        assertThat(document.items())
                .extracting(RefusalDocument.Item::dataCategory, RefusalDocument.Item::location,
                        RefusalDocument.Item::outcome, RefusalDocument.Item::grounds)
                .containsExactly(tuple(CONTENT, "IE", REDIRECT, List.of(MLAT, SECOND)),
                        tuple(TRAFFIC, null, REFUSE, List.of(NOT_HELD)));
        assertThat(document.items().get(0).channel())
                .isEqualTo(new RefusalDocument.Channel(MLAT.citation(), MLAT.reason()));
        assertThat(document.items().get(1).channel()).isNull();
        assertThat(document.items().get(1).statement()).contains("holds no traffic data");
    }

    @Test
    void aDecisionThatRefusesNothingHasNoRefusalDocument() {
        Decision decision = new Decision(List.of(new CategoryOutcome(SUBSCRIBER, "US", RELEASE, List.of(LAWFUL))),
                "rb", DECIDED);

        assertThat(RefusalDocuments.of(ORDER_ID, order(), 1, OrderStatus.RELEASED, decision)).isEmpty();
    }

    @Test
    void aPreservationIsNotARefusalButTheCategoryNotHeldNextToItIs() {
        Ground preserve = new Ground("EEVID_PRESERVATION", "Regulation (EU) 2023/1543, Art. 11(1)-(3)",
                "Preserve the data, without disclosing it.");
        Decision preservedOnly = new Decision(List.of(new CategoryOutcome(CONTENT, "IE", Outcome.PRESERVE,
                List.of(preserve), Instant.parse("2027-01-01T10:00:00Z"))), "rb", DECIDED);
        Decision withNotHeld = new Decision(List.of(preservedOnly.outcomes().get(0),
                new CategoryOutcome(TRAFFIC, null, Outcome.REFUSE, List.of(NOT_HELD))), "rb", DECIDED);

        assertThat(RefusalDocuments.of(ORDER_ID, order(), 1, OrderStatus.PRESERVED, preservedOnly)).isEmpty();
        assertThat(RefusalDocuments.of(ORDER_ID, order(), 1, OrderStatus.PRESERVED, withNotHeld)).get()
                .satisfies(document -> assertThat(document.items()).extracting(RefusalDocument.Item::dataCategory)
                        .containsExactly(TRAFFIC));
    }

    @Test
    void aCategoryHeldForSomeTargetsSaysItIsNotHeldForTheOthers() {
        Decision decision = new Decision(List.of(
                new CategoryOutcome(SUBSCRIBER, "US", RELEASE, List.of(LAWFUL)),
                new CategoryOutcome(SUBSCRIBER, null, REFUSE, List.of(NOT_HELD)),
                new CategoryOutcome(TRAFFIC, null, REFUSE, List.of(NOT_HELD))), "rb", DECIDED);

        RefusalDocument document = RefusalDocuments.of(ORDER_ID, order(), 1, OrderStatus.PARTIALLY_RELEASED,
                decision).orElseThrow();

        assertThat(document.items()).extracting(RefusalDocument.Item::statement).containsExactly(
                "The provider holds no subscriber data for the targets named in the grounds; none is produced for "
                        + "them.",
                "The provider holds no traffic data for this order; none is produced.");
    }

    private static Order order() {
        return new Order("SDNY-2016-1", LocalDate.parse("2016-09-01"),
                new Order.IssuingAuthority("US", AuthorityType.JUDGE, "US Magistrate Judge, S.D.N.Y.",
                        new Order.Validation(AuthorityType.COURT, "Chief Judge")),
                Instrument.US_SCA_WARRANT, List.of(), "microsoft",
                List.of(new Order.Target(TargetType.EMAIL, "someone@outlook.example")),
                List.of(SUBSCRIBER, TRAFFIC, CONTENT), null, null, null, false, "be-antwerp-court");
    }
}
