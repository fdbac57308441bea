package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Outcome;
import org.junit.jupiter.api.Test;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.category;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static io.lexroute.resolver.domain.Evaluation.text;
import static org.assertj.core.api.Assertions.assertThat;

class BelgianRulesTest {

    @Test
    void theDayBeforeAntwerpSkypeIsBoundOnlyForIdentificationDataUnderYahoo() {
        Assessment assessment = assess(skype("2017-11-14").build());

        var subscriber = category(assessment, DataCategory.SUBSCRIBER);
        var traffic = category(assessment, DataCategory.TRAFFIC);
        assertThat(subscriber.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(text(subscriber.grounds())).contains("1 Dec 2015 (Yahoo)").doesNotContain("15 Nov 2017");
        assertThat(traffic.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(assessment.providerClassification()).isEqualTo("PROVIDER_ACTIVE_IN_BELGIAN_ECONOMIC_LIFE");
    }

    @Test
    void fromTheAntwerpRulingSkypeIsAnOperatorAndLocationDoesNotMatter() {
        Assessment assessment = assess(skype("2017-11-15").build());

        assertThat(assessment.providerClassification()).isEqualTo("ELECTRONIC_COMMUNICATIONS_OPERATOR");
        assertThat(assessment.categories()).allSatisfy(category -> {
            assertThat(category.disposition()).isEqualTo(Disposition.PERMITTED);
            assertThat(category.doctrine()).isEqualTo(TerritorialDoctrine.SERVICE_TARGETING);
            assertThat(GatewayRule.decide(category, "LU").outcome()).isEqualTo(Outcome.RELEASE);
            assertThat(text(category.grounds())).contains("Antwerp Court of Appeal, 15 Nov 2017");
        });
    }

    @Test
    void beforeYahooNoRuleBindsAForeignProvider() {
        Assessment assessment = assess(skype("2015-11-30").build());

        assertThat(assessment.categories()).allSatisfy(category ->
                assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE));
    }

    @Test
    void prosecutorsTrafficOrderGoesToReviewAndContentOrderIsRefused() {
        var order = skype("2018-06-01").authority(AuthorityType.PUBLIC_PROSECUTOR)
                .categories(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC, DataCategory.CONTENT).build();
        Assessment assessment = assess(order);

        assertThat(category(assessment, DataCategory.SUBSCRIBER).disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(codes(category(assessment, DataCategory.TRAFFIC).grounds()))
                .containsExactly("COMPETENCE_NEEDS_REVIEW");
        assertThat(codes(category(assessment, DataCategory.CONTENT).grounds()))
                .containsExactly("AUTHORITY_NOT_COMPETENT");
    }

    @Test
    void anotherProviderIsBoundForSubscriberDataButNotForTraffic() {
        Assessment assessment = assess(skype("2018-06-01").provider("microsoft").build());

        assertThat(category(assessment, DataCategory.SUBSCRIBER).disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(category(assessment, DataCategory.TRAFFIC).disposition())
                .isEqualTo(Disposition.NO_APPLICABLE_RULE);
    }

    @Test
    void anotherProvidersSubscriberDataIsLocatedInBelgiumByYahooNotByTheSkypeJudgment() {
        Assessment assessment = assess(skype("2017-12-01").provider("microsoft")
                .categories(DataCategory.SUBSCRIBER, DataCategory.IDENTIFICATION).build());

        assertThat(assessment.categories()).allSatisfy(category -> {
            assertThat(category.disposition()).isEqualTo(Disposition.PERMITTED);
            assertThat(category.doctrine()).isEqualTo(TerritorialDoctrine.SERVICE_TARGETING);
            assertThat(category.grounds()).filteredOn(ground -> ground.code().equals("DUTY_LOCALISED_IN_BELGIUM"))
                    .singleElement()
                    .satisfies(ground -> assertThat(ground.citation())
                            .isEqualTo("Court of Cassation (BE), 1 Dec 2015 (Yahoo)"));
            assertThat(codes(category.grounds())).doesNotContain("SERVICE_OFFERED_IN_BELGIUM");
            assertThat(text(category.grounds())).doesNotContain("15 Nov 2017").doesNotContain("Skype");
        });
        assertThat(assessment.firedRules()).extracting(Assessment.FiredRule::ruleId)
                .contains("BE-CASS-YAHOO-TERRITORY")
                .doesNotContain("BE-ANTWERP-SKYPE-TERRITORY");
    }

    @Test
    void skypesDataIsLocatedInBelgiumByTheAntwerpJudgment() {
        Assessment assessment = assess(skype("2017-12-01")
                .categories(DataCategory.SUBSCRIBER, DataCategory.IDENTIFICATION, DataCategory.TRAFFIC).build());

        assertThat(assessment.categories()).allSatisfy(category ->
                assertThat(category.grounds()).filteredOn(ground -> ground.code().equals("SERVICE_OFFERED_IN_BELGIUM"))
                        .singleElement()
                        .satisfies(ground -> assertThat(ground.citation())
                                .isEqualTo("Antwerp Court of Appeal, 15 Nov 2017 (Skype Communications S.a r.l.)")));
        assertThat(codes(category(assessment, DataCategory.SUBSCRIBER).grounds()))
                .doesNotContain("DUTY_LOCALISED_IN_BELGIUM");
    }

    private static Orders skype(String issuedAt) {
        return Orders.belgian(issuedAt).categories(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC);
    }
}
