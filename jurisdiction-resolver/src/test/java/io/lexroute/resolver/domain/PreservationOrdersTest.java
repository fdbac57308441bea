package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.Outcome;
import io.lexroute.resolver.rulebook.RulebookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.lexroute.resolver.domain.Evaluation.EVALUATOR;
import static io.lexroute.resolver.domain.Evaluation.NOW;
import static io.lexroute.resolver.domain.Evaluation.assess;
import static io.lexroute.resolver.domain.Evaluation.category;
import static io.lexroute.resolver.domain.Evaluation.codes;
import static org.assertj.core.api.Assertions.assertThat;

/** European Preservation Orders (Regulation (EU) 2023/1543): lawful ones are preserved, never released. */
class PreservationOrdersTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-01T10:15:00Z");

    @Test
    void notYetApplicableTheDayBefore18August2026() {
        CategoryAssessment category = assess(preservation("2026-08-17").build(), DataCategory.CONTENT);

        assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(codes(category.grounds())).containsExactly("NO_APPLICABLE_RULE");
    }

    @Test
    void from18August2026TheDataIsPreservedNotReleased() {
        Assessment assessment = assess(preservation("2026-08-18").build());
        CategoryAssessment content = category(assessment, DataCategory.CONTENT);

        assertThat(assessment.applicableInstruments())
                .containsExactly("European Preservation Order (Regulation (EU) 2023/1543)");
        assertThat(content.disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(content.preservation()).isNotNull();
        assertThat(content.hold()).isNull();
        for (String storedIn : new String[] {"IE", "US", "DE"}) {
            assertThat(GatewayRule.decide(content, storedIn).outcome()).as(storedIn).isEqualTo(Outcome.PRESERVE);
        }
    }

    @Test
    void preservationEnds60DaysAfterReceiptAndMayBeExtendedBy30() {
        Assessment assessment = EVALUATOR.assess(preservation("2026-10-01").build(), RECEIVED, NOW);
        CategoryAssessment content = category(assessment, DataCategory.CONTENT);

        assertThat(content.preservation().expiresAt()).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
        assertThat(content.preservation().periodDays()).isEqualTo(60);
        assertThat(content.preservation().extensionDays()).isEqualTo(30);
        assertThat(content.grounds().get(0)).isEqualTo(content.preservation().ground());
        assertThat(content.preservation().ground().code()).isEqualTo("EEVID_PRESERVATION");
        assertThat(content.preservation().ground().citation()).contains("Art. 11(1)");
        assertThat(content.preservation().ground().reason()).contains("2026-11-30T10:15:00Z")
                .contains("without disclosing").contains("30 days");
        assertThat(assessment.answerDeadline()).isNull();
        assertThat(assessment.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("EU-EEVID-PR-PERIOD");
            assertThat(rule.effect()).contains("2026-11-30T10:15:00Z").contains("[uncertain:");
        });
    }

    @Test
    void aProsecutorMayPreserveContentThoughNotOrderItsProduction() {
        Order prosecutor = preservation("2026-10-01").authority(AuthorityType.PUBLIC_PROSECUTOR).build();
        Order production = Orders.epoc("DE", "2026-10-01").categories(DataCategory.CONTENT)
                .authority(AuthorityType.PUBLIC_PROSECUTOR).build();

        CategoryAssessment preserved = assess(prosecutor, DataCategory.CONTENT);

        assertThat(preserved.disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(preserved.grounds()).anySatisfy(ground -> {
            assertThat(ground.code()).isEqualTo("ISSUER_COMPETENT");
            assertThat(ground.citation()).contains("Art. 4(3)");
        });
        assertThat(assess(production, DataCategory.CONTENT).disposition()).isEqualTo(Disposition.REFUSED);
    }

    @Test
    void thePoliceNeedValidationByAJudgeOrProsecutor() {
        var alone = assess(preservation("2026-10-01").authority(AuthorityType.POLICE).build(), DataCategory.CONTENT);
        var validated = assess(preservation("2026-10-01").authority(AuthorityType.POLICE)
                .validatedBy(AuthorityType.PUBLIC_PROSECUTOR).build(), DataCategory.CONTENT);

        assertThat(alone.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(codes(alone.grounds())).containsExactly("AUTHORITY_NOT_COMPETENT");
        assertThat(alone.grounds().get(0).citation()).contains("Art. 4(3)");
        assertThat(validated.disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(codes(validated.grounds())).contains("ISSUER_VALIDATED");
    }

    @Test
    void inAnEmergencyThePoliceMayPreserveBeforeValidation() {
        var category = assess(preservation("2026-10-01").categories(DataCategory.TRAFFIC)
                .authority(AuthorityType.POLICE).emergency().build(), DataCategory.TRAFFIC);

        assertThat(category.disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(category.grounds()).anySatisfy(ground -> {
            assertThat(ground.code()).isEqualTo("VALIDATION_TO_FOLLOW");
            assertThat(ground.reason()).contains("48 hours");
        });
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void noOffenceThresholdForAnyCategory(DataCategory dataCategory) {
        Order minorOffence = preservation("2026-10-01").categories(dataCategory).maxSentenceMonths(1).build();

        CategoryAssessment category = assess(minorOffence, dataCategory);

        assertThat(category.disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(codes(category.grounds())).contains("OFFENCE_THRESHOLD_MET");
    }

    @Test
    void theSameOffenceIsTooMinorForProducingContent() {
        Order production = Orders.epoc("DE", "2026-10-01").categories(DataCategory.CONTENT).maxSentenceMonths(1)
                .build();
        Order preservation = preservation("2026-10-01").maxSentenceMonths(1).build();

        assertThat(assess(production, DataCategory.CONTENT).disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(assess(preservation, DataCategory.CONTENT).disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(assess(preservation).firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("EU-EEVID-PR-THRESHOLD");
            assertThat(rule.effect()).contains("[uncertain:");
        });
    }

    @Test
    void noNotificationHoldForPreservedContent() {
        CategoryAssessment content = assess(preservation("2026-10-01").residence("BE").build(), DataCategory.CONTENT);

        assertThat(content.disposition()).isEqualTo(Disposition.PRESERVE);
        assertThat(content.hold()).isNull();
    }

    @Test
    void denmarkDoesNotTakePart() {
        CategoryAssessment category = assess(preservation("2026-10-01").country("DK").build(), DataCategory.CONTENT);

        assertThat(category.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
    }

    @Test
    void denmarksExclusionIsFlaggedUncertain() {
        Assessment assessment = assess(preservation("2026-10-01").build());

        assertThat(assessment.firedRules()).anySatisfy(rule -> {
            assertThat(rule.ruleId()).isEqualTo("EU-EEVID-PR");
            assertThat(rule.effect()).contains("[uncertain:").contains("Denmark").contains("recitals")
                    .contains("not read");
        });
    }

    @Test
    void aPreservationOnlyInstrumentWithoutAPeriodRuleGoesToReviewNotRelease() {
        RuleEvaluator evaluator = new RuleEvaluator(new RulebookLoader().load("""
                {"version": "2026.11.29-1", "rules": [
                  {"id": "P", "kind": "INSTRUMENT_APPLICABILITY", "validFrom": "2020-01-01", "citation": "c",
                   "reason": "r", "regime": "P", "instrumentName": "n", "instruments": ["EPOC_PR"],
                   "issuingCountries": ["DE"], "preservationOnly": true},
                  {"id": "P-PROVIDER", "kind": "PROVIDER_BINDING", "validFrom": "2020-01-01", "citation": "c",
                   "reason": "r", "regime": "P", "providers": ["*"], "classification": "BOUND"},
                  {"id": "P-ISSUER", "kind": "ISSUER_COMPETENCE", "validFrom": "2020-01-01", "citation": "c",
                   "reason": "r", "regime": "P", "dataCategories": ["CONTENT"], "competentAuthorities": ["*"]},
                  {"id": "P-TERRITORY", "kind": "TERRITORIAL_DOCTRINE", "validFrom": "2020-01-01", "citation": "c",
                   "reason": "r", "code": "C", "regime": "P", "dataCategories": ["CONTENT"],
                   "doctrine": "PROVIDER_CONTROL"}
                ]}
                """));

        CategoryAssessment content = evaluator.assess(preservation("2026-10-01").build(), NOW).categories().get(0);

        assertThat(content.disposition()).isEqualTo(Disposition.NO_APPLICABLE_RULE);
        assertThat(content.grounds().get(0).reason()).contains("how long").contains("not to be disclosed");
    }

    private static Orders preservation(String issuedAt) {
        return Orders.epoc("DE", issuedAt).instrument(Instrument.EPOC_PR).categories(DataCategory.CONTENT);
    }
}
