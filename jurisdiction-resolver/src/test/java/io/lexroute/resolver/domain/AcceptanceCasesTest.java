package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Outcome;
import io.lexroute.resolver.domain.AcceptanceCase.ExpectedOutcome;
import io.lexroute.resolver.domain.GatewayRule.LocationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.lexroute.resolver.domain.Evaluation.NOW;
import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.text;
import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceCasesTest {

    static Stream<AcceptanceCase> cases() {
        return AcceptanceCase.FILES.stream().map(AcceptanceCase::load);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reachesTheExpectedOutcomeAtEveryLocation(AcceptanceCase acceptanceCase) {
        List<LocationOutcome> outcomes = decide(acceptanceCase);

        assertThat(outcomes)
                .extracting(o -> new ExpectedOutcome(o.dataCategory(), o.location(), o.outcome()))
                .containsExactlyInAnyOrderElementsOf(acceptanceCase.expectedOutcomes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groundsMentionTheExpectedCitations(AcceptanceCase acceptanceCase) {
        String grounds = decide(acceptanceCase).stream().map(o -> text(o.grounds())).reduce("", String::concat);

        acceptanceCase.citationsMention().forEach(mention -> assertThat(grounds).contains(mention));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recordsTheLawDateRulebookAndFiredRules(AcceptanceCase acceptanceCase) {
        Assessment assessment = assess(acceptanceCase.order());

        assertThat(assessment.lawDate()).isEqualTo(acceptanceCase.order().issuedAt());
        assertThat(assessment.rulebookVersion()).isEqualTo("2026.12.07-3");
        assertThat(assessment.assessedAt()).isEqualTo(NOW);
        assertThat(assessment.firedRules()).isNotEmpty();
        assertThat(assessment.categories()).extracting(Assessment.CategoryAssessment::dataCategory)
                .containsExactlyElementsOf(acceptanceCase.order().dataCategories());
    }

    @Test
    void skypeReleasesRestOnTheAntwerpRuling() {
        List<LocationOutcome> outcomes = decide(AcceptanceCase.load("be-skype-2017.json"));

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.RELEASE);
            assertThat(text(o.grounds())).contains("Antwerp Court of Appeal, 15 Nov 2017");
            assertThat(o.grounds()).filteredOn(ground -> ground.code().equals("SERVICE_OFFERED_IN_BELGIUM"))
                    .singleElement()
                    .satisfies(ground -> assertThat(ground.citation()).startsWith("Antwerp Court of Appeal"));
        });
        assertThat(assess(AcceptanceCase.load("be-skype-2017.json").order()).providerClassification())
                .isEqualTo("ELECTRONIC_COMMUNICATIONS_OPERATOR");
    }

    @Test
    void microsoftContentInIrelandIsRedirectedThroughTheMlatCitingTheSecondCircuit() {
        LocationOutcome content = outcome(decide(AcceptanceCase.load("us-msft-ie-2016.json")), DataCategory.CONTENT);

        assertThat(content.outcome()).isEqualTo(Outcome.REDIRECT);
        assertThat(content.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("EXTRATERRITORIAL_SCA_WARRANT");
            assertThat(ground.citation()).contains("829 F.3d 197").contains("TIAS 13137");
        });
        assertThat(assess(AcceptanceCase.load("us-msft-ie-2016.json").order()).answerDeadline()).isNull();
    }

    @Test
    void germanSubscriberReleaseCitesTheRegulation() {
        AcceptanceCase acceptanceCase = AcceptanceCase.load("eevid-subscriber-2026.json");
        LocationOutcome subscriber = outcome(decide(acceptanceCase), DataCategory.SUBSCRIBER);

        assertThat(text(subscriber.grounds())).contains("Regulation (EU) 2023/1543, Art. 4(1)")
                .contains("Regulation (EU) 2023/1543, Art. 5(3)");
        assertThat(assess(acceptanceCase.order()).answerDeadline()).isEqualTo(NOW.plus(Duration.ofDays(10)));
    }

    @Test
    void frenchProsecutorContentOrderIsRefusedUnderArticle4() {
        LocationOutcome content = outcome(decide(AcceptanceCase.load("eevid-content-prosecutor-2026.json")),
                DataCategory.CONTENT);

        assertThat(content.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(content.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code()).isEqualTo("AUTHORITY_NOT_COMPETENT");
            assertThat(ground.citation()).contains("Art. 4(2)");
        });
    }

    @Test
    void dutchContentOrderWaitsTenDaysForTheNotifiedState() {
        AcceptanceCase acceptanceCase = AcceptanceCase.load("eevid-content-notify-2026.json");
        Assessment assessment = assess(acceptanceCase.order());

        assertThat(assessment.categories().get(0).hold().windowHours()).isEqualTo(240);
        assertThat(outcome(decide(acceptanceCase), DataCategory.CONTENT).grounds()).singleElement()
                .satisfies(ground -> assertThat(ground.citation()).contains("Art. 8"));
        assertThat(assessment.lawDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    private static List<LocationOutcome> decide(AcceptanceCase acceptanceCase) {
        return GatewayRule.decide(assess(acceptanceCase.order()), acceptanceCase.locations());
    }

    private static LocationOutcome outcome(List<LocationOutcome> outcomes, DataCategory category) {
        return outcomes.stream().filter(o -> o.dataCategory() == category).findFirst().orElseThrow();
    }
}
