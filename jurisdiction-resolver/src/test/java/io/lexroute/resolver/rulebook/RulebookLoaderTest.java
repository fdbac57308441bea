package io.lexroute.resolver.rulebook;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulebookLoaderTest {

    private final RulebookLoader loader = new RulebookLoader();

    @Test
    void loadsTheShippedRulebook() {
        Rulebook rulebook = loader.loadDefault();

        assertThat(rulebook.version()).isEqualTo("2026.12.07-3");
        assertThat(rulebook.sources()).isNotEmpty();
        assertThat(rulebook.rules()).extracting(Rule::id).doesNotHaveDuplicates()
                .contains("EU-EEVID", "US-MSFT-2D", "US-CLOUD", "BE-ANTWERP-SKYPE-BINDING", "EU-GDPR-48",
                        "EU-GDPR-48-GB");
    }

    /** Rules whose date or scope departs from legal-model.md, or rests on a reading of the team's, say so. */
    @Test
    void departuresFromTheLegalModelCarryAnUncertainNote() {
        Rulebook rulebook = loader.loadDefault();
        Map<String, String> notes = new HashMap<>();
        rulebook.rules().forEach(rule -> notes.put(rule.id(), rule.header().uncertain()));

        assertThat(notes.get("US-CLOUD-COMITY")).contains("23 Mar 2018").contains("3 Oct 2022");
        assertThat(notes.get("BE-ANTWERP-SKYPE-BINDING")).contains("15 Nov per the seed");
        assertThat(notes.get("BE-ANTWERP-SKYPE-TERRITORY")).contains("15 Nov per the seed");
        assertThat(notes.get("COE-BUDAPEST-18-TERRITORY")).contains("T-CY Guidance Note #10");
        assertThat(notes.get("EU-EEVID-PROVIDER")).contains("Art. 1(1)");
        assertThat(notes.get("EU-EEVID-THRESHOLD-SERIOUS")).contains("information system");
        assertThat(notes.get("US-SCA-RECORDS-STORAGE")).contains("US-MSFT-2D");
    }

    @Test
    void everyKindOfRuleIsUsedAndEveryRuleHasCitationAndReason() {
        Rulebook rulebook = loader.loadDefault();
        Set<RuleKind> kinds = new HashSet<>();

        rulebook.rules().forEach(rule -> {
            kinds.add(rule.header().kind());
            assertThat(rule.header().citation()).isNotBlank();
            assertThat(rule.header().reason()).isNotBlank();
        });

        assertThat(kinds).containsExactlyInAnyOrder(RuleKind.values());
    }

    @Test
    void onlyTheAntwerpSkypeDoctrineIsLimitedToAProvider() {
        var limited = loader.loadDefault().rules().stream()
                .filter(rule -> rule instanceof TerritorialDoctrineRule doctrine && doctrine.providers() != null)
                .map(rule -> (TerritorialDoctrineRule) rule)
                .toList();

        assertThat(limited).singleElement().satisfies(doctrine -> {
            assertThat(doctrine.id()).isEqualTo("BE-ANTWERP-SKYPE-TERRITORY");
            assertThat(doctrine.providers().sorted()).containsExactly("skype");
        });
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        Rule msft = loader.loadDefault().rules().stream().filter(r -> r.id().equals("US-MSFT-2D")).findFirst()
                .orElseThrow();

        assertThat(msft.header().inForceOn(java.time.LocalDate.parse("2016-07-13"))).isFalse();
        assertThat(msft.header().inForceOn(java.time.LocalDate.parse("2016-07-14"))).isTrue();
        assertThat(msft.header().inForceOn(java.time.LocalDate.parse("2018-03-22"))).isTrue();
        assertThat(msft.header().inForceOn(java.time.LocalDate.parse("2018-03-23"))).isFalse();
    }

    @Test
    void rejectsMissingCitationNamingTheRule() {
        assertInvalid(rule("\"kind\": \"ANSWER_DEADLINE\", \"reason\": \"r\", \"regime\": \"X\", \"hours\": 1, "
                + "\"emergencyHours\": 1"), "rule 'TEST-RULE', field 'citation' is required");
    }

    @Test
    void rejectsBadDate() {
        assertInvalid(rulebook("{\"id\": \"TEST-RULE\", \"kind\": \"ANSWER_DEADLINE\", \"validFrom\": \"18.08.2026\", "
                        + "\"citation\": \"c\", \"reason\": \"r\", \"regime\": \"X\", \"hours\": 1, "
                        + "\"emergencyHours\": 1}"),
                "rule 'TEST-RULE', field 'validFrom' must be an ISO date");
    }

    @Test
    void rejectsValidToBeforeValidFrom() {
        assertInvalid(rulebook("{\"id\": \"TEST-RULE\", \"kind\": \"ANSWER_DEADLINE\", \"validFrom\": \"2020-01-02\", "
                        + "\"validTo\": \"2020-01-01\", \"citation\": \"c\", \"reason\": \"r\", \"regime\": \"X\", "
                        + "\"hours\": 1, \"emergencyHours\": 1}"),
                "rule 'TEST-RULE', field 'validTo' (2020-01-01) is before validFrom");
    }

    @Test
    void rejectsUnknownKind() {
        assertInvalid(rule("\"kind\": \"FOLKLORE\", \"citation\": \"c\", \"reason\": \"r\""),
                "rule 'TEST-RULE', field 'kind' has unknown value 'FOLKLORE'");
    }

    @Test
    void rejectsMisspeltAuthorityType() {
        assertInvalid(rule("\"kind\": \"ISSUER_COMPETENCE\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\", \"dataCategories\": [\"CONTENT\"], \"competentAuthorities\": [\"JUGDE\"]"),
                "rule 'TEST-RULE', field 'competentAuthorities' has unknown value 'JUGDE'");
    }

    @Test
    void rejectsUnknownFieldSoTyposAreNotIgnored() {
        assertInvalid(rule("\"kind\": \"ANSWER_DEADLINE\", \"citation\": \"c\", \"reason\": \"r\", \"regime\": \"X\", "
                + "\"hours\": 1, \"emergencyHours\": 1, \"valdTo\": \"2030-01-01\""),
                "rule 'TEST-RULE', field 'valdTo' is not a field of this kind of rule");
    }

    @Test
    void rejectsDuplicateRuleIds() {
        String rule = "{\"id\": \"TEST-RULE\", \"kind\": \"ANSWER_DEADLINE\", \"validFrom\": \"2020-01-01\", "
                + "\"citation\": \"c\", \"reason\": \"r\", \"regime\": \"X\", \"hours\": 1, \"emergencyHours\": 1}";
        assertInvalid(rulebook(rule + ", " + rule), "rule 'TEST-RULE' is defined twice");
    }

    @Test
    void rejectsUnknownCountryGroupAndBadCountryCode() {
        String applicability = "\"kind\": \"INSTRUMENT_APPLICABILITY\", \"citation\": \"c\", \"reason\": \"r\", "
                + "\"regime\": \"X\", \"instrumentName\": \"n\", \"instruments\": [\"EPOC\"], ";
        assertInvalid(rule(applicability + "\"issuingCountries\": [\"@NOWHERE\"]"),
                "field 'issuingCountries' refers to unknown country group '@NOWHERE'");
        assertInvalid(rule(applicability + "\"issuingCountries\": [\"be\"]"),
                "field 'issuingCountries' has 'be', which is not an upper-case ISO 3166-1 alpha-2 code");
    }

    @Test
    void rejectsStorageDoctrineWithoutReachableCountries() {
        assertInvalid(rule("\"kind\": \"TERRITORIAL_DOCTRINE\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"code\": \"C\", \"regime\": \"X\", \"dataCategories\": [\"CONTENT\"], "
                        + "\"doctrine\": \"STORAGE_LOCATION\", \"outsideReachCode\": \"O\""),
                "rule 'TEST-RULE', field 'reachableCountries' is required");
    }

    @Test
    void rejectsThresholdThatQualifiesNothing() {
        assertInvalid(rule("\"kind\": \"OFFENCE_THRESHOLD\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\", \"dataCategories\": [\"CONTENT\"]"),
                "rule 'TEST-RULE', field 'minimumMaxSentenceMonths' or listedOffences or anyOffence");
    }

    @Test
    void rejectsBadVersionAndBadJson() {
        assertInvalid("{\"version\": \"latest\", \"rules\": []}", "field 'version' must look like 2026.11.29-1");
        assertInvalid("{\"version\": ", "not valid JSON");
        assertInvalid("{\"version\": \"2026.11.29-1\", \"rules\": []}", "field 'rules' must be a non-empty list");
    }

    @Test
    void rejectsBadRuleId() {
        assertInvalid(rulebook("{\"id\": \"lower case\", \"kind\": \"ANSWER_DEADLINE\"}"),
                "rule #0, field 'id' must be upper-case words");
    }

    @Test
    void rejectsARuleOfARegimeThatNoApplicabilityRuleDefines() {
        assertInvalid(rule("\"kind\": \"ANSWER_DEADLINE\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"EU-EEVIID\", \"hours\": 1, \"emergencyHours\": 1"),
                "rule 'TEST-RULE', field 'regime' names 'EU-EEVIID', which no INSTRUMENT_APPLICABILITY rule defines");
    }

    @Test
    void rejectsTargetingRestrictionAndEmergencyRequirementWithoutCode() {
        assertInvalid(rule("\"kind\": \"TARGETING_RESTRICTION\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\", \"forbiddenSubjectResidence\": [\"US\"]"),
                "rule 'TEST-RULE', field 'code' is required for a targeting restriction");
        assertInvalid(rule("\"kind\": \"EMERGENCY_REQUIREMENT\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\""),
                "rule 'TEST-RULE', field 'code' is required for an emergency requirement");
    }

    @Test
    void rejectsTargetingRestrictionWithoutCountries() {
        assertInvalid(rule("\"kind\": \"TARGETING_RESTRICTION\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"code\": \"C\", \"regime\": \"X\""),
                "rule 'TEST-RULE', field 'forbiddenSubjectResidence' is required");
    }

    @Test
    void rejectsPreservationPeriodWithoutItsDays() {
        assertInvalid(rule("\"kind\": \"PRESERVATION_PERIOD\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\", \"dataCategories\": [\"CONTENT\"], \"extensionDays\": 30"),
                "rule 'TEST-RULE', field 'periodDays' is required");
        assertInvalid(rule("\"kind\": \"PRESERVATION_PERIOD\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\", \"dataCategories\": [\"CONTENT\"], \"periodDays\": 0, "
                        + "\"extensionDays\": 30"),
                "rule 'TEST-RULE', field 'periodDays' must be a positive whole number");
    }

    @Test
    void rejectsATargetingRestrictionWhoseReviewFlagIsNotABoolean() {
        assertInvalid(rule("\"kind\": \"TARGETING_RESTRICTION\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"code\": \"C\", \"regime\": \"X\", \"forbiddenSubjectResidence\": [\"GB\"], "
                        + "\"reviewWhenForbidden\": \"yes\""),
                "rule 'TEST-RULE', field 'reviewWhenForbidden' must be true or false");
    }

    @Test
    void rejectsStorageOptionsOnAnotherDoctrine() {
        assertInvalid(rule("\"kind\": \"TERRITORIAL_DOCTRINE\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"code\": \"C\", \"regime\": \"X\", \"dataCategories\": [\"CONTENT\"], "
                        + "\"doctrine\": \"PROVIDER_CONTROL\", \"reviewWhereReachable\": true"),
                "only apply to the STORAGE_LOCATION doctrine");
    }

    @Test
    void rejectsRedirectChannelFromABadCountry() {
        assertInvalid(rule("\"kind\": \"REDIRECT_CHANNEL\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"regime\": \"X\", \"issuingCountries\": [\"Germany\"], \"toCountries\": [\"*\"], "
                        + "\"channel\": \"mutual legal assistance\""),
                "field 'issuingCountries' has 'Germany'");
    }

    @Test
    void aStorageDoctrineMayReachJustTheIssuingState() {
        Rulebook rulebook = loader.load(rulebook("""
                {"id": "X", "kind": "INSTRUMENT_APPLICABILITY", "validFrom": "2020-01-01", "citation": "c",
                 "reason": "r", "regime": "X", "instrumentName": "n", "instruments": ["NATIONAL_ORDER"],
                 "issuingCountries": ["DE"]},
                {"id": "X-TERRITORY", "kind": "TERRITORIAL_DOCTRINE", "validFrom": "2020-01-01", "citation": "c",
                 "reason": "r", "code": "C", "regime": "X", "dataCategories": ["CONTENT"],
                 "doctrine": "STORAGE_LOCATION", "issuingStateReachable": true, "reviewWhereReachable": true,
                 "outsideReachCode": "O"}
                """));

        TerritorialDoctrineRule doctrine = (TerritorialDoctrineRule) rulebook.rules().get(1);
        assertThat(doctrine.reachableFrom("DE")).containsExactly("DE");
        assertThat(doctrine.reviewWhereReachable()).isTrue();
    }

    @Test
    void aDoctrineMayBeLimitedToProvidersAndWithoutThemHoldsForEveryOrder() {
        Rulebook rulebook = loader.load(rulebook("""
                {"id": "X", "kind": "INSTRUMENT_APPLICABILITY", "validFrom": "2020-01-01", "citation": "c",
                 "reason": "r", "regime": "X", "instrumentName": "n", "instruments": ["NATIONAL_ORDER"],
                 "issuingCountries": ["BE"]},
                {"id": "X-ONE-PROVIDER", "kind": "TERRITORIAL_DOCTRINE", "validFrom": "2020-01-01", "citation": "c",
                 "reason": "r", "code": "C", "regime": "X", "dataCategories": ["CONTENT"],
                 "doctrine": "SERVICE_TARGETING", "providers": ["Skype"]},
                {"id": "X-EVERY-PROVIDER", "kind": "TERRITORIAL_DOCTRINE", "validFrom": "2020-01-01",
                 "citation": "c", "reason": "r", "code": "C", "regime": "X", "dataCategories": ["CONTENT"],
                 "doctrine": "SERVICE_TARGETING"}
                """));

        TerritorialDoctrineRule limited = (TerritorialDoctrineRule) rulebook.rules().get(1);
        assertThat(limited.providers().sorted()).containsExactly("skype");
        assertThat(limited.holdsFor("skype")).isTrue();
        assertThat(limited.holdsFor("microsoft")).isFalse();
        assertThat(limited.holdsFor(null)).isFalse();
        TerritorialDoctrineRule unlimited = (TerritorialDoctrineRule) rulebook.rules().get(2);
        assertThat(unlimited.providers()).isNull();
        assertThat(unlimited.holdsFor("microsoft")).isTrue();
        assertThat(unlimited.holdsFor(null)).isTrue();
    }

    @Test
    void rejectsADoctrineWithAnEmptyProviderList() {
        assertInvalid(rule("\"kind\": \"TERRITORIAL_DOCTRINE\", \"citation\": \"c\", \"reason\": \"r\", "
                        + "\"code\": \"C\", \"regime\": \"X\", \"dataCategories\": [\"CONTENT\"], "
                        + "\"doctrine\": \"SERVICE_TARGETING\", \"providers\": []"),
                "rule 'TEST-RULE', field 'providers' must be a non-empty list");
    }

    private void assertInvalid(String json, String message) {
        assertThatThrownBy(() -> loader.load(json))
                .isInstanceOf(InvalidRulebookException.class)
                .hasMessageContaining(message);
    }

    private static String rule(String fields) {
        return rulebook("{\"id\": \"TEST-RULE\", \"validFrom\": \"2020-01-01\", " + fields + "}");
    }

    private static String rulebook(String rules) {
        return "{\"version\": \"2026.11.29-1\", \"rules\": [" + rules + "]}";
    }
}
