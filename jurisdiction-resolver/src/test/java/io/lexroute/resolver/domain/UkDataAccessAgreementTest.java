package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Outcome;
import org.junit.jupiter.api.Test;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static io.lexroute.resolver.domain.Evaluation.text;
import static org.assertj.core.api.Assertions.assertThat;

class UkDataAccessAgreementTest {

    @Test
    void theDayBeforeTheAgreementAnOverseasProductionOrderHasNoBindingBasis() {
        Assessment assessment = assess(content("2022-10-02").build());

        assertThat(assessment.categories()).singleElement().satisfies(category -> {
            assertThat(category.disposition()).isEqualTo(Disposition.REFUSED);
            assertThat(codes(category.grounds())).containsExactly("NO_BINDING_BASIS");
            assertThat(text(category.grounds())).contains("mutual legal assistance");
        });
        assertThat(assessment.firedRules()).extracting(Assessment.FiredRule::ruleId).contains("UK-OPO-BEFORE-DAA");
    }

    @Test
    void fromTheDayOfTheAgreementItReachesAUsProviderWhereverTheDataIs() {
        Assessment assessment = assess(content("2022-10-03").build());
        CategoryAssessment content = assessment.categories().get(0);

        assertThat(content.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(content.doctrine()).isEqualTo(TerritorialDoctrine.PROVIDER_CONTROL);
        assertThat(assessment.providerClassification()).isEqualTo("PROVIDER_BASED_IN_THE_UNITED_STATES");
        assertThat(GatewayRule.decide(content, "US").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(text(GatewayRule.decide(content, "US").grounds())).contains("s. 4(4)")
                .contains("Data Access Agreement");
    }

    @Test
    void euStoredDataGoesToReviewUnderGdprArticle48() {
        CategoryAssessment content = assess(content("2022-10-03").build()).categories().get(0);

        assertThat(GatewayRule.decide(content, "IE").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(GatewayRule.decide(content, "IE").grounds().get(0).citation()).contains("Art. 48");
    }

    @Test
    void aPersonLivingInTheUnitedStatesMayNotBeTargeted() {
        CategoryAssessment category = assess(content("2022-10-03").residence("US").build()).categories().get(0);

        assertThat(category.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(codes(category.grounds())).containsExactly("TARGETS_PERSON_IN_THE_US");
        assertThat(category.grounds().get(0).reason()).contains("resides in US").contains("US persons");
    }

    @Test
    void anUnstatedResidenceGoesToReview() {
        CategoryAssessment category = assess(content("2022-10-03").residence(null).build()).categories().get(0);

        assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(codes(category.grounds())).containsExactly("SUBJECT_RESIDENCE_UNKNOWN");
    }

    @Test
    void onlySeriousCrimeQualifies() {
        var refused = assess(content("2023-01-10").maxSentenceMonths(35).build()).categories().get(0);
        var permitted = assess(content("2023-01-10").maxSentenceMonths(36).build()).categories().get(0);

        assertThat(codes(refused.grounds())).containsExactly("OFFENCE_THRESHOLD_NOT_MET");
        assertThat(permitted.disposition()).isEqualTo(Disposition.PERMITTED);
    }

    @Test
    void aJudgeMakesTheOrderNotThePolice() {
        var category = assess(content("2023-01-10").authority(AuthorityType.POLICE).build()).categories().get(0);

        assertThat(codes(category.grounds())).containsExactly("AUTHORITY_NOT_COMPETENT");
        assertThat(category.grounds().get(0).citation()).contains("s. 1(1)");
    }

    @Test
    void aProviderNotKnownToBeBasedInTheUnitedStatesGoesToReview() {
        var category = assess(content("2023-01-10").provider("skype").build()).categories().get(0);

        assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
    }

    @Test
    void beforeTheActThereWasNoSuchInstrument() {
        var category = assess(content("2019-02-11").build()).categories().get(0);
        var firstDay = assess(content("2019-02-12").build()).categories().get(0);

        assertThat(codes(category.grounds())).containsExactly("NO_APPLICABLE_RULE");
        assertThat(codes(firstDay.grounds())).containsExactly("NO_BINDING_BASIS");
    }

    @Test
    void onlyTheUnitedKingdomIssuesOverseasProductionOrders() {
        var category = assess(content("2023-01-10").country("FR").residence("FR").build()).categories().get(0);

        assertThat(codes(category.grounds())).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void fromTheDayOfTheAgreementAUsOrderTargetingAPersonInTheUkGoesToReview() {
        CategoryAssessment before = assess(usContent("2022-10-02").residence("GB").build()).categories().get(0);
        CategoryAssessment after = assess(usContent("2022-10-03").residence("GB").build()).categories().get(0);

        assertThat(before.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(after.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(codes(after.grounds())).containsExactly("TARGETS_PERSON_IN_THE_UK");
        assertThat(after.grounds().get(0).citation()).contains("Data Access Agreement");
        assertThat(after.grounds().get(0).reason()).contains("resides in GB")
                .contains("must not target persons located in the United Kingdom");
        assertThat(GatewayRule.decide(after, "US").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
    }

    @Test
    void aUsOrderForAPersonLivingElsewhereIsNotLimitedByTheAgreement() {
        CategoryAssessment france = assess(usContent("2022-10-03").residence("FR").build()).categories().get(0);
        Assessment unstated = assess(usContent("2022-10-03").residence(null).build());

        assertThat(france.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(france.grounds())).contains("TARGETING_LIMIT_RESPECTED");
        assertThat(unstated.categories().get(0).disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(unstated.categories().get(0).grounds())).doesNotContain("TARGETING_LIMIT_RESPECTED",
                "SUBJECT_RESIDENCE_UNKNOWN");
        assertThat(unstated.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("US-UK-DAA-TARGETING-US-ORDERS");
            assertThat(rule.effect()).contains("not checked");
        });
    }

    @Test
    void aUkOrderForAPersonInTheUkIsNotCaughtByTheUsLimit() {
        CategoryAssessment category = assess(content("2022-10-03").residence("GB").build()).categories().get(0);

        assertThat(category.disposition()).isEqualTo(Disposition.PERMITTED);
    }

    private static Orders usContent(String issuedAt) {
        return Orders.usWarrant(issuedAt).categories(DataCategory.CONTENT);
    }

    private static Orders content(String issuedAt) {
        return Orders.ukOverseasProductionOrder(issuedAt).categories(DataCategory.CONTENT);
    }
}
