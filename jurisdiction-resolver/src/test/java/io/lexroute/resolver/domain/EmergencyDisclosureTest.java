package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.TerritorialDoctrine;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Outcome;
import org.junit.jupiter.api.Test;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;

class EmergencyDisclosureTest {

    @Test
    void inAnEmergencyTheProviderMayDiscloseWhereverTheDataIs() {
        CategoryAssessment content = assess(request().build(), DataCategory.CONTENT);

        assertThat(content.disposition()).isEqualTo(Disposition.PERMITTED);
        assertThat(content.doctrine()).isEqualTo(TerritorialDoctrine.PROVIDER_CONTROL);
        assertThat(codes(content.grounds())).contains("EMERGENCY_DECLARED", "PROVIDER_MAY_DISCLOSE");
        assertThat(content.grounds().get(0).citation()).contains("2702(b)(8)");
        assertThat(GatewayRule.decide(content, "IE").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void withoutAnEmergencyItIsRefused() {
        CategoryAssessment content = assess(request().emergency(false).build(), DataCategory.CONTENT);

        assertThat(content.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(codes(content.grounds())).containsExactly("NO_EMERGENCY");
        assertThat(content.grounds().get(0).reason()).contains("declares no emergency");
    }

    @Test
    void aForeignAuthorityIsNotCoveredAndGoesToReview() {
        CategoryAssessment content = assess(request().country("DE").build(), DataCategory.CONTENT);

        assertThat(codes(content.grounds())).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void theExceptionAppliesFromItsIntroduction() {
        assertThat(assess(request().issuedAt("2001-10-25").build(), DataCategory.CONTENT).disposition())
                .isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(assess(request().issuedAt("2001-10-26").build(), DataCategory.CONTENT).disposition())
                .isEqualTo(Disposition.PERMITTED);
    }

    @Test
    void everyCategoryIsCovered() {
        var order = request().categories(DataCategory.SUBSCRIBER, DataCategory.IDENTIFICATION, DataCategory.TRAFFIC,
                DataCategory.CONTENT).build();

        assertThat(assess(order).categories()).allSatisfy(category ->
                assertThat(category.disposition()).isEqualTo(Disposition.PERMITTED));
    }

    private static Orders request() {
        return Orders.usEmergencyRequest("2024-03-01").categories(DataCategory.CONTENT);
    }
}
