package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Outcome;
import org.junit.jupiter.api.Test;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;

class MutualLegalAssistanceTest {

    @Test
    void aRequestExecutedByTheProvidersOwnStateIsServedForDataTheProviderHolds() {
        Assessment assessment = assess(Orders.mutualLegalAssistance("DE", "2024-05-02")
                .categories(DataCategory.SUBSCRIBER, DataCategory.CONTENT).build());

        assertThat(assessment.providerClassification()).isEqualTo("PROVIDER_ADDRESSED_BY_ITS_OWN_STATE");
        assertThat(assessment.categories()).allSatisfy(category -> {
            assertThat(category.disposition()).isEqualTo(Disposition.PERMITTED);
            assertThat(category.doctrine()).isEqualTo(TerritorialDoctrine.PROVIDER_CONTROL);
            assertThat(codes(category.grounds())).contains("EXECUTED_BY_PROVIDERS_OWN_STATE");
            assertThat(GatewayRule.decide(category, "IE").outcome()).isEqualTo(Outcome.RELEASE);
        });
    }

    @Test
    void aUsRequestForDataInTheUnionRestsOnTheTreatyThatArticle48Recognises() {
        var content = assess(Orders.mutualLegalAssistance("US", "2024-05-02").residence("IE")
                .categories(DataCategory.CONTENT).build(), DataCategory.CONTENT);

        assertThat(GatewayRule.decide(content, "IE").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(content.conflicts()).isEmpty();
    }

    @Test
    void aRequestFromAStateTheRulebookDoesNotKnowHasNoApplicableRule() {
        var category = assess(Orders.mutualLegalAssistance("BR", "2024-05-02").build(), DataCategory.SUBSCRIBER);

        assertThat(codes(category.grounds())).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void aSecondProtocolRequestHasNoRuleBeforeTheProtocolOpenedAndNoBindingBasisAfter() {
        var before = assess(Orders.epoc("US", "2022-05-11").instrument(Instrument.BUDAPEST_ART7_REQUEST).build(),
                DataCategory.SUBSCRIBER);
        var after = assess(Orders.epoc("US", "2022-05-12").instrument(Instrument.BUDAPEST_ART7_REQUEST).build(),
                DataCategory.SUBSCRIBER);

        assertThat(codes(before.grounds())).containsExactly("NO_APPLICABLE_RULE");
        assertThat(codes(after.grounds())).containsExactly("NO_BINDING_BASIS");
        assertThat(after.grounds().get(0).citation()).contains("CETS 224").contains("Art. 7");
    }
}
