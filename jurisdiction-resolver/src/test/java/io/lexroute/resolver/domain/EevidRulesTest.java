package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.OffenceCategory;
import io.lexroute.contracts.Outcome;
import io.lexroute.resolver.rulebook.RulebookLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.lexroute.resolver.domain.Evaluation.NOW;
import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;

class EevidRulesTest {

    @Test
    void notYetApplicableTheDayBefore18August2026() {
        Assessment assessment = assess(Orders.epoc("DE", "2026-08-17").build());

        assertThat(assessment.applicableInstruments()).isEmpty();
        assertThat(assessment.categories()).singleElement().satisfies(category -> {
            assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
            assertThat(codes(category.grounds())).containsExactly("NO_APPLICABLE_RULE");
        });
    }

    @Test
    void appliesFrom18August2026() {
        Assessment assessment = assess(Orders.epoc("DE", "2026-08-18").build());

        assertThat(assessment.applicableInstruments()).hasSize(1);
        assertThat(assessment.categories().get(0).disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(assessment.providerClassification()).isEqualTo("SERVICE_PROVIDER_OFFERING_SERVICES_IN_THE_UNION");
    }

    @Test
    void denmarkDoesNotTakePart() {
        assertThat(assess(Orders.epoc("DK", "2026-10-01").build()).categories().get(0).disposition())
                .isEqualTo(Disposition.NO_APPLICABLE_RULE);
    }

    @Test
    void denmarksExclusionIsFlaggedUncertain() {
        Assessment assessment = assess(Orders.epoc("DE", "2026-10-01").build());

        assertThat(assessment.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("EU-EEVID");
            assertThat(rule.effect()).contains("[uncertain:").contains("Denmark").contains("recitals")
                    .contains("not read");
        });
    }

    @Test
    void contentNeedsAMaximumSentenceOfThreeYears() {
        var refused = assess(content().maxSentenceMonths(35).build(), DataCategory.CONTENT);
        var permitted = assess(content().maxSentenceMonths(36).build(), DataCategory.CONTENT);

        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(codes(refused.grounds())).containsOnly("OFFENCE_THRESHOLD_NOT_MET");
        assertThat(refused.grounds().get(0).reason()).contains("35 months");
        assertThat(permitted.disposition()).isEqualTo(Disposition.PERMITTED);
    }

    @Test
    void trafficFollowsTheSameThreshold() {
        var order35 = content().categories(DataCategory.TRAFFIC).maxSentenceMonths(35).build();
        var order36 = content().categories(DataCategory.TRAFFIC).maxSentenceMonths(36).build();

        assertThat(assess(order35, DataCategory.TRAFFIC).disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(assess(order36, DataCategory.TRAFFIC).disposition()).isEqualTo(Disposition.PERMITTED);
    }

    @Test
    void listedOffenceBypassesTheSentenceThreshold() {
        var order = content().maxSentenceMonths(12).offenceCategories(OffenceCategory.CHILD_SEXUAL_ABUSE).build();

        CategoryAssessment category = assess(order, DataCategory.CONTENT);

        assertThat(category.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(category.grounds())).contains("OFFENCE_THRESHOLD_MET");
    }

    @Test
    void anOffenceCategoryLeftNullIsPassedOverRatherThanFailingTheAssessment() {
        var listedBesideNull = content().maxSentenceMonths(12)
                .offenceCategories(null, OffenceCategory.CHILD_SEXUAL_ABUSE).build();
        var onlyNull = content().maxSentenceMonths(12).offenceCategories((OffenceCategory) null).build();

        assertThat(assess(listedBesideNull, DataCategory.CONTENT).disposition()).isEqualTo(Disposition.PERMITTED);
        CategoryAssessment refused = assess(onlyNull, DataCategory.CONTENT);
        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(codes(refused.grounds())).containsOnly("OFFENCE_THRESHOLD_NOT_MET");
    }

    @Test
    void terrorismLimbFiresAndIsFlaggedUncertain() {
        Assessment assessment = assess(content().maxSentenceMonths(12).offenceCategories(OffenceCategory.TERRORISM)
                .build());

        assertThat(assessment.categories().get(0).disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(assessment.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("EU-EEVID-THRESHOLD-TERRORISM");
            assertThat(rule.effect()).contains("[uncertain:");
        });
    }

    @Test
    void subscriberDataNeedsNoSentenceThreshold() {
        var order = Orders.epoc("DE", "2026-10-01").authority(AuthorityType.PUBLIC_PROSECUTOR)
                .maxSentenceMonths(1).build();

        assertThat(assess(order, DataCategory.SUBSCRIBER).disposition()).isEqualTo(Disposition.PERMITTED);
    }

    @Test
    void prosecutorMayNotOrderContentButAJudgeMay() {
        var prosecutor = assess(content().authority(AuthorityType.PUBLIC_PROSECUTOR).build(), DataCategory.CONTENT);
        var judge = assess(content().authority(AuthorityType.JUDGE).build(), DataCategory.CONTENT);

        assertThat(prosecutor.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(prosecutor.grounds().get(0).citation()).contains("Art. 4(2)");
        assertThat(judge.disposition()).isEqualTo(Disposition.PERMITTED);
    }

    @Test
    void prosecutorsContentOrderValidatedByAJudgeIsLawful() {
        var validated = assess(content().authority(AuthorityType.PUBLIC_PROSECUTOR)
                .validatedBy(AuthorityType.JUDGE).build(), DataCategory.CONTENT);
        var validatedByProsecutor = assess(content().authority(AuthorityType.POLICE)
                .validatedBy(AuthorityType.PUBLIC_PROSECUTOR).build(), DataCategory.CONTENT);

        assertThat(validated.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(validated.grounds())).contains("ISSUER_VALIDATED");
        assertThat(validatedByProsecutor.disposition()).isEqualTo(Disposition.REFUSED);
    }

    @Test
    void policeSubscriberOrderNeedsValidationExceptInAnEmergency() {
        var unvalidated = Orders.epoc("DE", "2026-10-01").authority(AuthorityType.POLICE);

        assertThat(assess(unvalidated.build(), DataCategory.SUBSCRIBER).disposition())
                .isEqualTo(Disposition.REFUSED);
        CategoryAssessment emergency = assess(unvalidated.emergency().build(), DataCategory.SUBSCRIBER);
        assertThat(emergency.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(emergency.grounds())).contains("VALIDATION_TO_FOLLOW");
    }

    @Test
    void contentOfAPersonLivingElsewhereWaitsForTheEnforcingState() {
        CategoryAssessment category = assess(content().residence("BE").build(), DataCategory.CONTENT);

        assertThat(category.hold().windowHours()).isEqualTo(240);
        assertThat(category.hold().ground().citation()).contains("Art. 8");
        assertThat(GatewayRule.decide(category, "IE").outcome()).isEqualTo(Outcome.HOLD);
    }

    @Test
    void noNotificationWhenTheAuthorityPlacesTheOffenceWhereThePersonResidesInTheIssuingState() {
        CategoryAssessment category = assess(content().residence("NL").committedInIssuingState(true).build(),
                DataCategory.CONTENT);

        assertThat(category.hold()).isNull();
        assertThat(category.grounds()).anySatisfy(ground -> {
            assertThat(ground.code()).isEqualTo("NOTIFICATION_NOT_REQUIRED");
            assertThat(ground.reason()).contains("reasonable grounds");
        });
        assertThat(GatewayRule.decide(category, "IE").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void theEnforcingStateIsNotifiedWhenTheOrderDoesNotPlaceTheOffenceInTheIssuingState() {
        for (Boolean committedThere : new Boolean[] {null, false}) {
            CategoryAssessment category = assess(content().residence("NL").committedInIssuingState(committedThere)
                    .build(), DataCategory.CONTENT);

            assertThat(category.hold()).as("committedInIssuingState %s", committedThere).isNotNull();
            assertThat(codes(category.grounds())).doesNotContain("NOTIFICATION_NOT_REQUIRED");
            assertThat(GatewayRule.decide(category, "IE").outcome()).isEqualTo(Outcome.HOLD);
        }
    }

    @Test
    void aRulebookThatPresumesTheOffencePlaceExemptsAnOrderThatDoesNotSay() throws IOException {
        RuleEvaluator presuming = new RuleEvaluator(new RulebookLoader().load(defaultRulebook()
                .replace("\"presumeOffenceInIssuingState\": false", "\"presumeOffenceInIssuingState\": true")));

        CategoryAssessment silent = presuming.assess(content().residence("NL").build(), NOW).categories().get(0);
        CategoryAssessment elsewhere = presuming.assess(content().residence("NL").committedInIssuingState(false)
                .build(), NOW).categories().get(0);

        assertThat(silent.hold()).isNull();
        assertThat(silent.grounds()).anySatisfy(ground -> assertThat(ground.reason()).contains("presumed"));
        assertThat(elsewhere.hold()).isNotNull();
    }

    @Test
    void unknownResidenceIsNotExempt() {
        assertThat(assess(content().residence(null).build(), DataCategory.CONTENT).hold()).isNotNull();
    }

    @Test
    void subscriberDataNeedsNoNotification() {
        var order = Orders.epoc("NL", "2026-11-02").residence("BE").build();

        assertThat(assess(order, DataCategory.SUBSCRIBER).hold()).isNull();
    }

    @Test
    void emergencyAnswerIsDueWithinEightHoursAndNotificationDoesNotSuspendIt() {
        Assessment assessment = assess(content().residence("BE").emergency().build());
        CategoryAssessment category = assessment.categories().get(0);

        assertThat(assessment.answerDeadline()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(category.grounds()).anySatisfy(ground -> {
            assertThat(ground.code()).isEqualTo("ENFORCING_STATE_NOTIFIED");
            assertThat(ground.reason()).contains("96 hours");
        });
        // The notified State's window to object still runs (Art. 12(1)), without holding the release (Art. 8(4)).
        assertThat(category.hold().suspendsRelease()).isFalse();
        assertThat(category.hold().windowHours()).isEqualTo(96);
        assertThat(category.hold().endsAt()).isEqualTo(NOW.plus(Duration.ofHours(96)));
        assertThat(category.hold().ground().code()).isEqualTo("ENFORCING_STATE_NOTIFIED");
    }

    @Test
    void emergencyHoldIs96HoursWhenTheRulebookSaysNotificationSuspends() throws IOException {
        RuleEvaluator suspending = new RuleEvaluator(new RulebookLoader().load(defaultRulebook()
                .replace("\"suspendsInEmergency\": false", "\"suspendsInEmergency\": true")));

        Assessment assessment = suspending.assess(content().residence("BE").emergency().build(), NOW);

        assertThat(assessment.categories().get(0).hold().windowHours()).isEqualTo(96);
        assertThat(assessment.categories().get(0).hold().suspendsRelease()).isTrue();
    }

    @Test
    void theEnforcingStatesWindowEndsTenDaysAfterReceiptNotAfterTheAssessment() {
        var receivedAt = NOW.minus(Duration.ofHours(30));

        Assessment assessment = Evaluation.EVALUATOR.assess(content().residence("BE").build(), receivedAt, NOW);
        CategoryAssessment category = assessment.categories().get(0);

        assertThat(category.hold().endsAt()).isEqualTo(receivedAt.plus(Duration.ofHours(240)));
        assertThat(category.hold().endsAt()).isEqualTo(assessment.answerDeadline());
        assertThat(category.hold().ground().reason()).contains(category.hold().endsAt().toString());
    }

    @Test
    void ordinaryAnswerIsDueWithinTenDaysOfReceipt() {
        var receivedAt = NOW.minus(Duration.ofHours(5));

        Assessment assessment = Evaluation.EVALUATOR.assess(content().build(), receivedAt, NOW);

        assertThat(assessment.answerDeadline()).isEqualTo(receivedAt.plus(Duration.ofDays(10)));
        assertThat(assessment.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void contentStoredInTheUnitedStatesGoesToReviewForAnArticle17Objection() {
        CategoryAssessment category = assess(content().residence("NL").committedInIssuingState(true).build(),
                DataCategory.CONTENT);

        GatewayRule.LocationOutcome storedInUs = GatewayRule.decide(category, "US");

        assertThat(storedInUs.outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(storedInUs.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("EEVID_THIRD_COUNTRY_CONFLICT");
            assertThat(ground.citation()).contains("Art. 17").contains("2702(a)");
        });
        assertThat(GatewayRule.decide(category, "IE").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void theConflictComesBeforeTheNotificationHold() {
        CategoryAssessment category = assess(content().residence("BE").build(), DataCategory.CONTENT);

        assertThat(GatewayRule.decide(category, "US").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(GatewayRule.decide(category, "IE").outcome()).isEqualTo(Outcome.HOLD);
    }

    @Test
    void subscriberDataStoredInTheUnitedStatesRaisesNoConflict() {
        CategoryAssessment category = assess(Orders.epoc("DE", "2026-10-01").build(), DataCategory.SUBSCRIBER);

        assertThat(category.conflicts()).isEmpty();
        assertThat(GatewayRule.decide(category, "US").outcome()).isEqualTo(Outcome.RELEASE);
    }

    private static Orders content() {
        return Orders.epoc("NL", "2026-11-02").categories(DataCategory.CONTENT).maxSentenceMonths(96);
    }

    private static String defaultRulebook() throws IOException {
        try (InputStream in = EevidRulesTest.class.getClassLoader()
                .getResourceAsStream(RulebookLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
