package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Assessment.Disposition.NO_APPLICABLE_RULE;
import static io.lexroute.contracts.Assessment.Disposition.PERMITTED;
import static io.lexroute.contracts.Assessment.Disposition.PRESERVE;
import static io.lexroute.contracts.Assessment.Disposition.REFUSED;
import static io.lexroute.contracts.Assessment.TerritorialDoctrine.PROVIDER_CONTROL;
import static io.lexroute.contracts.Assessment.TerritorialDoctrine.SERVICE_TARGETING;
import static io.lexroute.contracts.Assessment.TerritorialDoctrine.STORAGE_LOCATION;
import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionMakerTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final Ground LAWFUL = new Ground("LAWFUL", "Some Act, s. 1", "The order is lawful.");
    private static final Ground UNLAWFUL = new Ground("NOT_COMPETENT", "Some Act, s. 2", "Wrong authority.");
    private static final Ground MLA_IE = new Ground("MLAT_IE", "US-Ireland MLA Treaty", "Ask Ireland.");
    private static final Ground MLA_ANY = new Ground("MLAT", "Any treaty", "Ask the State of storage.");
    private static final Ground GDPR = new Ground("GDPR_48", "GDPR Art. 48", "Conflict with EU law.");
    private static final Ground NOTIFY = new Ground("NOTIFY", "Art. 8", "The enforcing State may object.");
    private static final Instant PRESERVE_UNTIL = Instant.parse("2027-01-01T10:00:00Z");
    private static final Ground PRESERVE_60_DAYS = new Ground("EEVID_PRESERVATION",
            "Regulation (EU) 2023/1543, Art. 11(1)-(3)",
            "Preserve the data, without disclosing it, until " + PRESERVE_UNTIL + " (60 days after receipt).");

    @Test
    void aCategoryHeldNowhereIsRefusedAsNotHeld() {
        OrderLocated located = located(Instrument.NATIONAL_ORDER, List.of(SUBSCRIBER), List.of(),
                List.of(permitted(SUBSCRIBER, SERVICE_TARGETING)));

        Verdict verdict = DecisionMaker.decide(located, NOW);

        CategoryOutcome outcome = single(verdict);
        assertThat(outcome.location()).isNull();
        assertThat(outcome.outcome()).isEqualTo(REFUSE);
        assertThat(outcome.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("DATA_NOT_HELD");
            assertThat(ground.citation()).isEqualTo("No data held by the provider for this category");
            assertThat(ground.reason()).contains("subscriber");
        });
    }

    @Test
    void underAEuropeanOrderNotHeldCitesAnnexIii() {
        for (Instrument instrument : List.of(Instrument.EPOC, Instrument.EPOC_PR)) {
            OrderLocated located = located(instrument, List.of(SUBSCRIBER), List.of(), List.of());

            assertThat(single(DecisionMaker.decide(located, NOW)).grounds().get(0).citation())
                    .isEqualTo("Regulation (EU) 2023/1543, Annex III (data not stored at the time of receipt)");
        }
    }

    @Test
    void notHeldNamesTheTargetsThatMatchNoAccount() {
        Order.Target nobody = new Order.Target(TargetType.ACCOUNT_ID, "live:nobody.here");
        OrderLocated located = new OrderLocated(UUID.randomUUID(), order(Instrument.EPOC, List.of(SUBSCRIBER)),
                assessment(List.of()), List.of(), List.of(nobody), NOW);

        assertThat(single(DecisionMaker.decide(located, NOW)).grounds().get(0).reason())
                .contains("live:nobody.here");
    }

    @Test
    void targetsThatMatchNoAccountBesideOthersThatDoAreRefusedAsNotHeld() {
        Order.Target nobody = new Order.Target(TargetType.PHONE, "+32470000000");
        OrderLocated located = new OrderLocated(UUID.randomUUID(),
                order(Instrument.EPOC, List.of(SUBSCRIBER, CONTENT)),
                assessment(List.of(permitted(SUBSCRIBER, SERVICE_TARGETING),
                        new CategoryAssessment(CONTENT, REFUSED, List.of(UNLAWFUL), PROVIDER_CONTROL, List.of(),
                                List.of(), List.of(), null))),
                List.of(at(SUBSCRIBER, "IE", "dublin-1"), at(CONTENT, "IE", "dublin-1")), List.of(nobody), NOW);

        Verdict verdict = DecisionMaker.decide(located, NOW);

        // The law refuses content anyway: that is its answer, for every target.
        assertThat(verdict.decision().outcomes())
                .extracting(CategoryOutcome::dataCategory, CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactly(tuple(SUBSCRIBER, "IE", RELEASE), tuple(SUBSCRIBER, null, REFUSE),
                        tuple(CONTENT, "IE", REFUSE));
        Ground notHeld = verdict.decision().outcomes().get(1).grounds().get(0);
        assertThat(notHeld.code()).isEqualTo("DATA_NOT_HELD");
        assertThat(notHeld.reason()).contains("PHONE +32470000000").contains("subscriber");
        assertThat(verdict.status()).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
    }

    @Test
    void aRefusedCategoryIsRefusedWithItsGroundsWhereverStored() {
        OrderLocated located = located(Instrument.EPOC, List.of(CONTENT),
                List.of(at(CONTENT, "NL", "amsterdam-2"), at(CONTENT, "IE", "dublin-1")),
                List.of(new CategoryAssessment(CONTENT, REFUSED, List.of(UNLAWFUL), PROVIDER_CONTROL,
                        List.of(), List.of(), List.of(), null)));

        assertThat(DecisionMaker.decide(located, NOW).decision().outcomes())
                .extracting(CategoryOutcome::location, CategoryOutcome::outcome, CategoryOutcome::grounds)
                .containsExactly(tuple("NL", REFUSE, List.of(UNLAWFUL)), tuple("IE", REFUSE, List.of(UNLAWFUL)));
    }

    @Test
    void anUnlawfulCategoryHeldNowhereIsRefusedOnTheLawFirst() {
        OrderLocated located = located(Instrument.EPOC, List.of(CONTENT, SUBSCRIBER), List.of(),
                List.of(new CategoryAssessment(CONTENT, REFUSED, List.of(UNLAWFUL), PROVIDER_CONTROL,
                                List.of(), List.of(), List.of(), null),
                        permitted(SUBSCRIBER, SERVICE_TARGETING)));

        List<CategoryOutcome> outcomes = DecisionMaker.decide(located, NOW).decision().outcomes();

        assertThat(outcomes).extracting(CategoryOutcome::location, CategoryOutcome::outcome)
                .containsExactly(tuple(null, REFUSE), tuple(null, REFUSE));
        assertThat(outcomes.get(0).grounds()).extracting(Ground::code).containsExactly("NOT_COMPETENT", "DATA_NOT_HELD");
        assertThat(outcomes.get(1).grounds()).extracting(Ground::code).containsExactly("DATA_NOT_HELD");
    }

    @Test
    void noApplicableRuleGoesToLegalReviewAndSaysSo() {
        Ground stated = new Ground("NO_APPLICABLE_RULE", "Rulebook 7", "Nothing fits.");
        OrderLocated withGround = located(Instrument.NATIONAL_ORDER, List.of(TRAFFIC), List.of(at(TRAFFIC, "LU", "s")),
                List.of(new CategoryAssessment(TRAFFIC, NO_APPLICABLE_RULE, List.of(stated), null, null, null, null,
                        null)));
        OrderLocated withoutGround = located(Instrument.NATIONAL_ORDER, List.of(TRAFFIC),
                List.of(at(TRAFFIC, "LU", "s")),
                List.of(new CategoryAssessment(TRAFFIC, NO_APPLICABLE_RULE, List.of(), null, null, null, null,
                        null)));

        assertThat(single(DecisionMaker.decide(withGround, NOW)).grounds()).containsExactly(stated);
        CategoryOutcome completed = single(DecisionMaker.decide(withoutGround, NOW));
        assertThat(completed.outcome()).isEqualTo(LEGAL_REVIEW);
        assertThat(completed.grounds()).extracting(Ground::code).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void aCategoryTheAssessmentDoesNotCoverGoesToLegalReview() {
        OrderLocated located = located(Instrument.NATIONAL_ORDER, List.of(SUBSCRIBER, TRAFFIC),
                List.of(at(SUBSCRIBER, "LU", "s"), at(TRAFFIC, "LU", "s")),
                List.of(permitted(SUBSCRIBER, SERVICE_TARGETING)));

        Verdict verdict = DecisionMaker.decide(located, NOW);

        assertThat(verdict.decision().outcomes())
                .extracting(CategoryOutcome::dataCategory, CategoryOutcome::outcome)
                .containsExactly(tuple(SUBSCRIBER, RELEASE), tuple(TRAFFIC, LEGAL_REVIEW));
        assertThat(verdict.decision().outcomes().get(1).grounds().get(0).code()).isEqualTo("NO_APPLICABLE_RULE");
        assertThat(verdict.decision().outcomes().get(1).grounds().get(0).citation()).isEqualTo("Rulebook rb-1");
    }

    @Test
    void storageDoctrineReleasesReachableCountriesAndRedirectsOthersToTheirChannel() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL), STORAGE_LOCATION,
                List.of("US"), List.of(new Assessment.Redirect("IE", MLA_IE), new Assessment.Redirect("*", MLA_ANY)),
                List.of(), null);
        OrderLocated located = located(Instrument.US_SCA_WARRANT, List.of(CONTENT),
                List.of(at(CONTENT, "US", "us-west"), at(CONTENT, "IE", "dublin-1"), at(CONTENT, "NL", "ams")),
                List.of(content));

        assertThat(DecisionMaker.decide(located, NOW).decision().outcomes())
                .extracting(CategoryOutcome::location, CategoryOutcome::outcome, CategoryOutcome::grounds)
                .containsExactly(
                        tuple("US", RELEASE, List.of(LAWFUL)),
                        tuple("IE", REDIRECT, List.of(MLA_IE)),
                        tuple("NL", REDIRECT, List.of(MLA_ANY)));
    }

    @Test
    void withoutAChannelForTheCountryTheRedirectNamesMutualLegalAssistance() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL), STORAGE_LOCATION,
                List.of("US"), List.of(new Assessment.Redirect("IE", MLA_IE)), List.of(), null);
        OrderLocated located = located(Instrument.US_SCA_WARRANT, List.of(CONTENT),
                List.of(at(CONTENT, "DE", "frankfurt")), List.of(content));

        CategoryOutcome outcome = single(DecisionMaker.decide(located, NOW));

        assertThat(outcome.outcome()).isEqualTo(REDIRECT);
        assertThat(outcome.grounds()).extracting(Ground::code).containsExactly("MUTUAL_LEGAL_ASSISTANCE");
        assertThat(outcome.grounds().get(0).reason()).contains("DE");
    }

    @Test
    void aConflictWithTheLawOfTheStorageCountryGoesToLegalReviewThere() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL), PROVIDER_CONTROL,
                List.of(), List.of(), List.of(new Assessment.Conflict(List.of("IE", "NL"), GDPR)), null);
        OrderLocated located = located(Instrument.US_SCA_WARRANT, List.of(CONTENT),
                List.of(at(CONTENT, "IE", "dublin-1"), at(CONTENT, "US", "us-west")), List.of(content));

        assertThat(DecisionMaker.decide(located, NOW).decision().outcomes())
                .extracting(CategoryOutcome::location, CategoryOutcome::outcome, CategoryOutcome::grounds)
                .containsExactly(tuple("IE", LEGAL_REVIEW, List.of(GDPR)), tuple("US", RELEASE, List.of(LAWFUL)));
    }

    @Test
    void aStorageRedirectWinsOverAConflictForAnUnreachableCountry() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL), STORAGE_LOCATION,
                List.of("US"), List.of(new Assessment.Redirect("*", MLA_ANY)),
                List.of(new Assessment.Conflict(List.of("IE"), GDPR)), null);
        OrderLocated located = located(Instrument.US_SCA_WARRANT, List.of(CONTENT),
                List.of(at(CONTENT, "IE", "dublin-1")), List.of(content));

        assertThat(single(DecisionMaker.decide(located, NOW)).outcome()).isEqualTo(REDIRECT);
    }

    @Test
    void aHoldDelaysReleaseWithItsGround() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL), PROVIDER_CONTROL,
                List.of(), List.of(), List.of(), new Assessment.Hold(NOTIFY, 240));
        OrderLocated located = located(Instrument.EPOC, List.of(CONTENT), List.of(at(CONTENT, "IE", "dublin-1")),
                List.of(content));

        CategoryOutcome outcome = single(DecisionMaker.decide(located, NOW));

        assertThat(outcome.outcome()).isEqualTo(HOLD);
        assertThat(outcome.grounds()).containsExactly(NOTIFY);
    }

    @Test
    void aNotificationThatSuspendsNothingReleasesWithTheAssessmentsGrounds() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL, NOTIFY),
                PROVIDER_CONTROL, List.of(), List.of(), List.of(), new Assessment.Hold(NOTIFY, 96, NOW, false));
        OrderLocated located = located(Instrument.EPOC, List.of(CONTENT), List.of(at(CONTENT, "IE", "dublin-1")),
                List.of(content));

        CategoryOutcome outcome = single(DecisionMaker.decide(located, NOW));

        assertThat(outcome.outcome()).isEqualTo(RELEASE);
        assertThat(outcome.grounds()).containsExactly(LAWFUL, NOTIFY);
    }

    @Test
    void aConflictWinsOverAHold() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PERMITTED, List.of(LAWFUL), PROVIDER_CONTROL,
                List.of(), List.of(), List.of(new Assessment.Conflict(List.of("IE"), GDPR)),
                new Assessment.Hold(NOTIFY, 240));
        OrderLocated located = located(Instrument.EPOC, List.of(CONTENT), List.of(at(CONTENT, "IE", "dublin-1")),
                List.of(content));

        assertThat(single(DecisionMaker.decide(located, NOW)).outcome()).isEqualTo(LEGAL_REVIEW);
    }

    @Test
    void aPreservationIsPreservedWhereverStoredUntilItsExpiry() {
        OrderLocated located = located(Instrument.EPOC_PR, List.of(CONTENT, SUBSCRIBER),
                List.of(at(CONTENT, "IE", "dublin-1"), at(CONTENT, "US", "us-east-2"), at(SUBSCRIBER, "US", "us-west")),
                List.of(preserved(CONTENT), preserved(SUBSCRIBER)));

        Verdict verdict = DecisionMaker.decide(located, NOW);

        assertThat(verdict.decision().outcomes())
                .extracting(CategoryOutcome::dataCategory, CategoryOutcome::location, CategoryOutcome::outcome,
                        CategoryOutcome::preservationExpiresAt)
                .containsExactly(tuple(CONTENT, "IE", Outcome.PRESERVE, PRESERVE_UNTIL),
                        tuple(CONTENT, "US", Outcome.PRESERVE, PRESERVE_UNTIL),
                        tuple(SUBSCRIBER, "US", Outcome.PRESERVE, PRESERVE_UNTIL));
        assertThat(verdict.decision().outcomes().get(0).grounds()).containsExactly(PRESERVE_60_DAYS, LAWFUL);
        assertThat(verdict.decision().outcomes().get(0).grounds().get(0)).satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("EEVID_PRESERVATION");
            assertThat(ground.citation()).contains("Art. 11(1)");
            assertThat(ground.reason()).contains(PRESERVE_UNTIL.toString());
        });
        assertThat(verdict.status()).isEqualTo(OrderStatus.PRESERVED);
    }

    @Test
    void aPreservationIsNeverHeldOrReleased() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PRESERVE, List.of(PRESERVE_60_DAYS, LAWFUL),
                PROVIDER_CONTROL, List.of(), List.of(), List.of(), new Assessment.Hold(NOTIFY, 240),
                new Assessment.Preservation(PRESERVE_60_DAYS, 60, 30, PRESERVE_UNTIL));
        OrderLocated located = located(Instrument.EPOC_PR, List.of(CONTENT), List.of(at(CONTENT, "IE", "dublin-1")),
                List.of(content));

        CategoryOutcome outcome = single(DecisionMaker.decide(located, NOW));

        assertThat(outcome.outcome()).isEqualTo(Outcome.PRESERVE);
        assertThat(outcome.grounds()).doesNotContain(NOTIFY);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPreservationWithoutItsPeriodOrItsEndGoesToLegalReview(boolean periodWithoutEnd) {
        Assessment.Preservation period = periodWithoutEnd
                ? new Assessment.Preservation(PRESERVE_60_DAYS, 60, 30, null) : null;
        CategoryAssessment content = new CategoryAssessment(CONTENT, PRESERVE, List.of(LAWFUL), PROVIDER_CONTROL,
                List.of(), List.of(), List.of(), null, period);
        OrderLocated located = located(Instrument.EPOC_PR, List.of(CONTENT), List.of(at(CONTENT, "IE", "dublin-1")),
                List.of(content));

        CategoryOutcome outcome = single(DecisionMaker.decide(located, NOW));

        assertThat(outcome.outcome()).isEqualTo(LEGAL_REVIEW);
        assertThat(outcome.grounds()).extracting(Ground::code).startsWith("NO_APPLICABLE_RULE");
        assertThat(outcome.preservationExpiresAt()).isNull();
    }

    @Test
    void aConflictOrAStorageRedirectStillWinsOverPreservation() {
        CategoryAssessment content = new CategoryAssessment(CONTENT, PRESERVE, List.of(PRESERVE_60_DAYS),
                STORAGE_LOCATION, List.of("IE", "US"), List.of(new Assessment.Redirect("*", MLA_ANY)),
                List.of(new Assessment.Conflict(List.of("US"), GDPR)), null,
                new Assessment.Preservation(PRESERVE_60_DAYS, 60, 30, PRESERVE_UNTIL));
        OrderLocated located = located(Instrument.EPOC_PR, List.of(CONTENT),
                List.of(at(CONTENT, "IE", "dublin-1"), at(CONTENT, "US", "us-east-2"), at(CONTENT, "CH", "zurich")),
                List.of(content));

        assertThat(DecisionMaker.decide(located, NOW).decision().outcomes())
                .extracting(CategoryOutcome::location, CategoryOutcome::outcome, CategoryOutcome::preservationExpiresAt)
                .containsExactly(tuple("IE", Outcome.PRESERVE, PRESERVE_UNTIL), tuple("US", LEGAL_REVIEW, null),
                        tuple("CH", REDIRECT, null));
    }

    @Test
    void aPreservationWithACategoryNotHeldIsStillPreserved() {
        OrderLocated located = located(Instrument.EPOC_PR, List.of(CONTENT, TRAFFIC),
                List.of(at(CONTENT, "IE", "dublin-1")), List.of(preserved(CONTENT), preserved(TRAFFIC)));

        Verdict verdict = DecisionMaker.decide(located, NOW);

        assertThat(verdict.decision().outcomes()).extracting(CategoryOutcome::outcome)
                .containsExactly(Outcome.PRESERVE, REFUSE);
        assertThat(verdict.decision().outcomes().get(1).grounds().get(0).citation()).contains("Annex III");
        assertThat(verdict.status()).isEqualTo(OrderStatus.PRESERVED);
    }

    @Test
    void sitesInOneCountryShareOneOutcome() {
        OrderLocated located = located(Instrument.NATIONAL_ORDER, List.of(TRAFFIC),
                List.of(at(TRAFFIC, "LU", "lu-east-1"), at(TRAFFIC, "LU", "lu-west-1"), at(TRAFFIC, "NL", "ams")),
                List.of(permitted(TRAFFIC, SERVICE_TARGETING)));

        assertThat(DecisionMaker.decide(located, NOW).decision().outcomes())
                .extracting(CategoryOutcome::location)
                .containsExactly("LU", "NL");
    }

    @Test
    void theDecisionCarriesTheRulebookVersionAndTime() {
        OrderLocated located = located(Instrument.NATIONAL_ORDER, List.of(SUBSCRIBER),
                List.of(at(SUBSCRIBER, "LU", "s")), List.of(permitted(SUBSCRIBER, SERVICE_TARGETING)));

        Verdict verdict = DecisionMaker.decide(located, NOW);

        assertThat(verdict.decision().rulebookVersion()).isEqualTo("rb-1");
        assertThat(verdict.decision().decidedAt()).isEqualTo(NOW);
    }

    private static CategoryAssessment preserved(DataCategory category) {
        return new CategoryAssessment(category, PRESERVE, List.of(PRESERVE_60_DAYS, LAWFUL), PROVIDER_CONTROL,
                List.of(), List.of(), List.of(), null,
                new Assessment.Preservation(PRESERVE_60_DAYS, 60, 30, PRESERVE_UNTIL));
    }

    static CategoryAssessment permitted(DataCategory category, Assessment.TerritorialDoctrine doctrine) {
        return new CategoryAssessment(category, PERMITTED, List.of(LAWFUL), doctrine, List.of(), List.of(),
                List.of(), null);
    }

    private static CategoryOutcome single(Verdict verdict) {
        assertThat(verdict.decision().outcomes()).hasSize(1);
        return verdict.decision().outcomes().get(0);
    }

    private static StorageLocation at(DataCategory category, String country, String site) {
        return new StorageLocation(category, country, site, "Custodian", StorageLocation.Role.PRIMARY, "acct-1");
    }

    private static OrderLocated located(Instrument instrument, List<DataCategory> categories,
            List<StorageLocation> locations, List<CategoryAssessment> verdicts) {
        return new OrderLocated(UUID.randomUUID(), order(instrument, categories), assessment(verdicts), locations,
                List.of(), NOW);
    }

    private static Assessment assessment(List<CategoryAssessment> verdicts) {
        return new Assessment("rb-1", LocalDate.parse("2026-11-02"), "OPERATOR", List.of(), verdicts, List.of(),
                null, NOW);
    }

    private static Order order(Instrument instrument, List<DataCategory> categories) {
        return new Order("REF-1", LocalDate.parse("2026-11-02"),
                new Order.IssuingAuthority("NL", AuthorityType.INVESTIGATING_JUDGE, "Rechter-commissaris", null),
                instrument, List.of(), "microsoft", List.of(new Order.Target(TargetType.EMAIL, "a@example.com")),
                categories, null, new Order.Offence("test", 96, List.of()), new Order.Subject("BE"), false, "be-antwerp-court");
    }
}
