package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import io.lexroute.resolver.domain.GatewayRule.LocationOutcome;
import org.junit.jupiter.api.Test;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;

class NationalOrdersTest {

    @Test
    void aGermanOrderForTrafficDataStoredInIrelandIsRedirectedThroughMutualLegalAssistance() {
        LocationOutcome ireland = GatewayRule.decide(traffic("DE", "2024-05-02"), "IE");

        assertThat(ireland.outcome()).isEqualTo(Outcome.REDIRECT);
        assertThat(ireland.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("NATIONAL_ORDER_NOT_BINDING_ABROAD");
            assertThat(ground.reason()).contains("mutual legal assistance with Ireland")
                    .contains("not taking part in the European Investigation Order");
        });
    }

    @Test
    void irelandsPositionOnTheInvestigationOrderIsMarkedUncertain() {
        Assessment assessment = assess(Orders.national("DE", "2024-05-02").categories(DataCategory.TRAFFIC).build());

        assertThat(assessment.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("NATIONAL-MLA-IRELAND");
            assertThat(rule.effect()).contains("[uncertain:").contains("*check*");
        });
    }

    @Test
    void aGermanOrderForDataStoredInAnotherMemberStateTakingPartGoesThroughAnInvestigationOrder() {
        Ground ground = redirect(traffic("DE", "2024-05-02"), "NL");

        assertThat(ground.citation()).contains("Directive 2014/41/EU");
        assertThat(ground.reason()).contains("Channel: European Investigation Order");
    }

    @Test
    void aGermanOrderForDataStoredInTheUnitedStatesGoesThroughMutualLegalAssistance() {
        Ground ground = redirect(traffic("DE", "2024-05-02"), "US");

        assertThat(ground.reason()).contains("Channel: mutual legal assistance.");
        assertThat(ground.citation()).doesNotContain("2014/41");
    }

    @Test
    void denmarkIsReachedThroughMutualLegalAssistance() {
        assertThat(redirect(traffic("DE", "2024-05-02"), "DK").reason())
                .contains("mutual legal assistance with Denmark");
    }

    @Test
    void dataStoredInTheIssuingStateGoesToReviewBecauseTheRulebookCannotJudgeItsLaw() {
        LocationOutcome germany = GatewayRule.decide(traffic("DE", "2024-05-02"), "DE");

        assertThat(germany.outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(codes(germany.grounds())).containsExactly("NO_APPLICABLE_RULE");
        assertThat(germany.grounds().get(0).reason()).contains("provider 'microsoft' is bound")
                .contains("redirected whatever the answer");
    }

    @Test
    void theInvestigationOrderIsTheChannelFromItsTranspositionDeadline() {
        assertThat(redirect(traffic("DE", "2017-05-21"), "NL").reason()).contains("Channel: mutual legal assistance.");
        assertThat(redirect(traffic("DE", "2017-05-22"), "NL").reason())
                .contains("Channel: European Investigation Order");
    }

    @Test
    void aFrenchProsecutorsContentOrder() {
        CategoryAssessment content = assess(Orders.national("FR", "2025-02-03")
                .authority(AuthorityType.PUBLIC_PROSECUTOR).categories(DataCategory.CONTENT).build(),
                DataCategory.CONTENT);

        assertThat(content.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(content.reachableCountries()).containsExactly("FR");
        assertThat(GatewayRule.decide(content, "FR").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(GatewayRule.decide(content, "NL").outcome()).isEqualTo(Outcome.REDIRECT);
        assertThat(redirect(content, "NL").reason()).contains("European Investigation Order");
        assertThat(redirect(content, "US").reason()).contains("Channel: mutual legal assistance.");
    }

    @Test
    void anIrishOrderForDataInTheUnitedStatesGoesThroughTheTreatyAndForTheNetherlandsThroughAssistance() {
        CategoryAssessment traffic = traffic("IE", "2024-05-02");

        assertThat(redirect(traffic, "US").citation()).contains("TIAS 13137");
        assertThat(redirect(traffic, "NL").reason()).contains("Channel: mutual legal assistance.")
                .doesNotContain("European Investigation Order (Directive");
    }

    @Test
    void aUkOrderUsedTheInvestigationOrderOnlyWhileTheUnitedKingdomTookPart() {
        assertThat(redirect(traffic("GB", "2019-06-03"), "FR").reason())
                .contains("Channel: European Investigation Order");
        assertThat(redirect(traffic("GB", "2021-01-01"), "FR").reason())
                .contains("Channel: mutual legal assistance.");
    }

    @Test
    void aLuxembourgOrderToSkypeForDataInLuxembourgGoesToReview() {
        CategoryAssessment traffic = assess(Orders.national("LU", "2024-05-02").provider("skype")
                .categories(DataCategory.TRAFFIC).build(), DataCategory.TRAFFIC);

        assertThat(GatewayRule.decide(traffic, "LU").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(GatewayRule.decide(traffic, "IE").outcome()).isEqualTo(Outcome.REDIRECT);
    }

    @Test
    void subscriberInformationUnderArticle18IsNotRedirectedButReviewed() {
        Assessment assessment = assess(Orders.national("DE", "2024-05-02").build());
        CategoryAssessment subscriber = assessment.categories().get(0);

        assertThat(subscriber.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(GatewayRule.decide(subscriber, "IE").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(assessment.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("COE-BUDAPEST-18");
            assertThat(rule.citation()).contains("Art. 18(1)(b)");
            assertThat(rule.effect()).contains("[uncertain:");
        });
    }

    @Test
    void beforeTheConventionSubscriberDataIsRedirectedLikeTheRest() {
        CategoryAssessment subscriber = assess(Orders.national("DE", "2003-05-02").build(), DataCategory.SUBSCRIBER);

        assertThat(GatewayRule.decide(subscriber, "IE").outcome()).isEqualTo(Outcome.REDIRECT);
    }

    @Test
    void aNationalOrderFromAStateTheRulebookDoesNotKnowHasNoApplicableRule() {
        Assessment swiss = assess(Orders.national("CH", "2024-05-02").categories(DataCategory.TRAFFIC).build());
        Assessment american = assess(Orders.national("US", "2024-05-02").categories(DataCategory.TRAFFIC).build());

        assertThat(codes(swiss.categories().get(0).grounds())).containsExactly("NO_APPLICABLE_RULE");
        assertThat(codes(american.categories().get(0).grounds())).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void belgianOrdersKeepTheirOwnRules() {
        Assessment skype = assess(Orders.belgian("2018-06-01").categories(DataCategory.TRAFFIC).build());

        assertThat(skype.applicableInstruments())
                .containsExactly("Belgian judicial order (Code of Criminal Procedure)");
        assertThat(GatewayRule.decide(skype.categories().get(0), "LU").outcome()).isEqualTo(Outcome.RELEASE);
    }

    private static CategoryAssessment traffic(String country, String issuedAt) {
        return assess(Orders.national(country, issuedAt).residence(country).categories(DataCategory.TRAFFIC).build(),
                DataCategory.TRAFFIC);
    }

    private static Ground redirect(CategoryAssessment category, String country) {
        LocationOutcome outcome = GatewayRule.decide(category, country);
        assertThat(outcome.outcome()).as("outcome for data stored in " + country).isEqualTo(Outcome.REDIRECT);
        return outcome.grounds().get(0);
    }
}
