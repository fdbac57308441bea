package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Outcome;
import io.lexroute.resolver.domain.GatewayRule.LocationOutcome;
import org.junit.jupiter.api.Test;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;

class UsRulesTest {

    @Test
    void warrantTheDayBeforeTheCloudActIsRedirectedForContentInIreland() {
        CategoryAssessment content = assess(Orders.usWarrant("2018-03-22").categories(DataCategory.CONTENT).build(),
                DataCategory.CONTENT);

        assertThat(content.doctrine()).isEqualTo(TerritorialDoctrine.STORAGE_LOCATION);
        assertThat(GatewayRule.decide(content, "IE").outcome()).isEqualTo(Outcome.REDIRECT);
        assertThat(GatewayRule.decide(content, "IE").grounds().get(0).citation()).contains("829 F.3d 197");
        assertThat(GatewayRule.decide(content, "US").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void warrantOnTheDayOfTheCloudActReachesContentWherever() {
        CategoryAssessment content = assess(Orders.usWarrant("2018-03-23").categories(DataCategory.CONTENT).build(),
                DataCategory.CONTENT);

        assertThat(content.doctrine()).isEqualTo(TerritorialDoctrine.PROVIDER_CONTROL);
        assertThat(content.redirects()).isEmpty();
        assertThat(codes(content.grounds())).contains("CLOUD_ACT_PROVIDER_CONTROL");
        assertThat(GatewayRule.decide(content, "IE").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void gdprArticle48SendsEuStoredDataToReviewFromItsApplicationDate() {
        CategoryAssessment dayBefore = assess(Orders.usWarrant("2018-05-24").categories(DataCategory.CONTENT)
                .build(), DataCategory.CONTENT);
        CategoryAssessment firstDay = assess(Orders.usWarrant("2018-05-25").categories(DataCategory.CONTENT)
                .build(), DataCategory.CONTENT);

        assertThat(dayBefore.conflicts()).isEmpty();
        assertThat(GatewayRule.decide(firstDay, "IE").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(GatewayRule.decide(firstDay, "IE").grounds().get(0).citation()).contains("Art. 48");
        assertThat(GatewayRule.decide(firstDay, "US").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void gdprArticle48SendsUkStoredDataToReviewWhileTheUkAppliedUnionLaw() {
        CategoryAssessment content = assess(Orders.usWarrant("2019-06-03").residence("FR")
                .categories(DataCategory.CONTENT).build(), DataCategory.CONTENT);
        LocationOutcome storedInGb = GatewayRule.decide(content, "GB");

        assertThat(content.doctrine()).isEqualTo(TerritorialDoctrine.PROVIDER_CONTROL);
        assertThat(storedInGb.outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(storedInGb.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("GDPR_ART48_CONFLICT");
            assertThat(ground.citation()).isEqualTo("GDPR (Regulation (EU) 2016/679), Art. 48");
        });
        assertThat(GatewayRule.decide(content, "FR").grounds().get(0).code()).isEqualTo("GDPR_ART48_CONFLICT");
        assertThat(GatewayRule.decide(content, "US").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void gdprArticle48ForUkStoredDataCoversEveryUsInstrumentAndIsFlaggedUncertain() {
        Assessment subpoena = assess(Orders.usWarrant("2019-06-03").instrument(Instrument.US_SUBPOENA)
                .authority(AuthorityType.PUBLIC_PROSECUTOR).residence("FR").categories(DataCategory.SUBSCRIBER)
                .build());
        Assessment courtOrder = assess(Orders.usWarrant("2019-06-03").instrument(Instrument.US_2703D_ORDER)
                .residence("FR").categories(DataCategory.TRAFFIC).build());

        assertThat(GatewayRule.decide(subpoena.categories().get(0), "GB").grounds().get(0).code())
                .isEqualTo("GDPR_ART48_CONFLICT");
        assertThat(GatewayRule.decide(courtOrder.categories().get(0), "GB").outcome())
                .isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(courtOrder.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("EU-GDPR-48-GB");
            assertThat(rule.effect()).contains("[uncertain:").contains("IP completion day")
                    .contains("Withdrawal Agreement was not read");
        });
    }

    @Test
    void ukStoredDataIsReleasedUnderTheCloudActOnceTheTransitionPeriodEnded() {
        CategoryAssessment lastDay = assess(Orders.usWarrant("2020-12-31").residence("FR")
                .categories(DataCategory.CONTENT).build(), DataCategory.CONTENT);
        CategoryAssessment after = assess(Orders.usWarrant("2021-01-04").residence("FR")
                .categories(DataCategory.CONTENT).build(), DataCategory.CONTENT);
        LocationOutcome storedInGb = GatewayRule.decide(after, "GB");

        assertThat(GatewayRule.decide(lastDay, "GB").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(after.conflicts()).noneSatisfy(conflict -> assertThat(conflict.storageCountries()).contains("GB"));
        assertThat(storedInGb.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(codes(storedInGb.grounds())).contains("CLOUD_ACT_PROVIDER_CONTROL")
                .doesNotContain("GDPR_ART48_CONFLICT");
        assertThat(GatewayRule.decide(after, "FR").grounds().get(0).code()).isEqualTo("GDPR_ART48_CONFLICT");
    }

    @Test
    void noGdprConflictForUkStoredDataBeforeTheGdprApplied() {
        CategoryAssessment content = assess(Orders.usWarrant("2018-04-10").residence("FR")
                .categories(DataCategory.CONTENT).build(), DataCategory.CONTENT);
        CategoryAssessment traffic = assess(Orders.usWarrant("2018-04-10").instrument(Instrument.US_2703D_ORDER)
                .residence("FR").categories(DataCategory.TRAFFIC).build(), DataCategory.TRAFFIC);

        assertThat(content.doctrine()).isEqualTo(TerritorialDoctrine.PROVIDER_CONTROL);
        assertThat(content.conflicts()).isEmpty();
        assertThat(GatewayRule.decide(content, "GB").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(codes(GatewayRule.decide(content, "GB").grounds())).contains("CLOUD_ACT_PROVIDER_CONTROL");
        assertThat(traffic.conflicts()).isEmpty();
        assertThat(GatewayRule.decide(traffic, "GB").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void contentBeforeTheSecondCircuitRulingHasNoRule() {
        CategoryAssessment content = assess(Orders.usWarrant("2016-07-13").categories(DataCategory.CONTENT).build(),
                DataCategory.CONTENT);

        assertThat(content.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(codes(content.grounds())).containsOnly("NO_APPLICABLE_RULE");
    }

    @Test
    void subpoenaCannotObtainContent() {
        var order = Orders.usWarrant("2020-01-10").instrument(Instrument.US_SUBPOENA)
                .authority(AuthorityType.PUBLIC_PROSECUTOR)
                .categories(DataCategory.SUBSCRIBER, DataCategory.CONTENT).build();

        assertThat(assess(order, DataCategory.SUBSCRIBER).disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(assess(order, DataCategory.CONTENT).grounds()))
                .containsExactly("INSTRUMENT_DOES_NOT_REACH_CATEGORY");
    }

    @Test
    void warrantMustComeFromACourt() {
        var order = Orders.usWarrant("2020-01-10").authority(AuthorityType.POLICE)
                .categories(DataCategory.CONTENT).build();

        assertThat(codes(assess(order, DataCategory.CONTENT).grounds())).containsExactly("AUTHORITY_NOT_COMPETENT");
    }

    @Test
    void comityConflictForUkStoredDataOnlyOnceTheDataAccessAgreementIsInForce() {
        CategoryAssessment before = assess(Orders.usWarrant("2022-10-02").categories(DataCategory.CONTENT).build(),
                DataCategory.CONTENT);
        CategoryAssessment after = assess(Orders.usWarrant("2022-10-03").categories(DataCategory.CONTENT).build(),
                DataCategory.CONTENT);
        CategoryAssessment usResident = assess(Orders.usWarrant("2022-10-03").residence("US")
                .categories(DataCategory.CONTENT).build(), DataCategory.CONTENT);

        assertThat(GatewayRule.decide(before, "GB").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(GatewayRule.decide(after, "GB").outcome()).isEqualTo(Outcome.LEGAL_REVIEW);
        assertThat(GatewayRule.decide(after, "GB").grounds().get(0).code()).isEqualTo("CLOUD_ACT_COMITY");
        assertThat(GatewayRule.decide(usResident, "GB").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void noFixedAnswerDeadlineForUsProcess() {
        assertThat(assess(Orders.usWarrant("2020-01-10").build()).answerDeadline()).isNull();
    }
}
