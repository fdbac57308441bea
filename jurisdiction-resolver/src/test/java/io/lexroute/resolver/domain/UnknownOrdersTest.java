package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnknownOrdersTest {

    @Test
    void unknownIssuingCountryHasNoApplicableRule() {
        Assessment assessment = assess(Orders.belgian("2020-01-10").country("BR").build());

        assertThat(assessment.applicableInstruments()).isEmpty();
        assertThat(assessment.providerClassification()).isEqualTo("UNCLASSIFIED");
        assertThat(assessment.answerDeadline()).isNull();
        assertThat(assessment.categories()).allSatisfy(category -> {
            assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
            assertThat(codes(category.grounds())).containsExactly("NO_APPLICABLE_RULE");
            assertThat(category.grounds().get(0).reason()).contains("BR");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"UK_OVERSEAS_PRODUCTION_ORDER", "EMERGENCY_DISCLOSURE_REQUEST"})
    void instrumentsWithoutRulesHaveNoApplicableRule(Instrument instrument) {
        Assessment assessment = assess(Orders.epoc("DE", "2026-10-01").instrument(instrument).build());

        assertThat(codes(assessment.categories().get(0).grounds())).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void missingInstrumentOrAuthorityIsNeverGuessed() {
        Order order = Orders.epoc("DE", "2026-10-01").instrument(null).build();

        assertThat(assess(order).categories().get(0).disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
    }

    @Test
    void secondProtocolRequestHasNoBindingBasis() {
        Assessment assessment = assess(Orders.epoc("US", "2026-10-01").instrument(Instrument.BUDAPEST_ART7_REQUEST)
                .build());

        assertThat(assessment.categories().get(0).disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(codes(assessment.categories().get(0).grounds())).containsExactly("NO_BINDING_BASIS");
    }

    @Test
    void everyRequestedCategoryGetsOneAssessment() {
        Assessment assessment = assess(Orders.epoc("DE", "2026-10-01")
                .categories(DataCategory.SUBSCRIBER, DataCategory.SUBSCRIBER, DataCategory.IDENTIFICATION).build());

        assertThat(assessment.categories()).extracting(Assessment.CategoryAssessment::dataCategory)
                .containsExactly(DataCategory.SUBSCRIBER, DataCategory.IDENTIFICATION);
    }

    @Test
    void anOrderWithoutIssueDateCannotBeJudged() {
        Order order = Orders.epoc("DE", "2026-10-01").build();
        Order undated = new Order(order.externalReference(), null, order.issuingAuthority(), order.instrument(),
                order.legalBasis(), order.provider(), order.targets(), order.dataCategories(), order.timeRange(),
                order.offence(), order.subject(), order.emergency(), order.submittedBy());

        assertThatThrownBy(() -> assess(undated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuedAt");
    }
}
