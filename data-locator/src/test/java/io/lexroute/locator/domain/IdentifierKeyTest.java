package io.lexroute.locator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.TargetType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierKeyTest {

    @Test
    void emailsAndUserNamesMatchWithoutRegardToCase() {
        assertThat(IdentifierKey.of(TargetType.EMAIL, " Kunde@Outlook.Example "))
                .isEqualTo(IdentifierKey.of(TargetType.EMAIL, "kunde@outlook.example"));
        assertThat(IdentifierKey.of(TargetType.USERNAME, "Demo_DE_003"))
                .isEqualTo(IdentifierKey.of(TargetType.USERNAME, "demo_de_003"));
    }

    @Test
    void accountIdsAreCaseSensitive() {
        assertThat(IdentifierKey.of(TargetType.ACCOUNT_ID, "live:Suspect"))
                .isNotEqualTo(IdentifierKey.of(TargetType.ACCOUNT_ID, "live:suspect"));
    }

    @Test
    void phoneNumbersMatchWithoutSeparators() {
        assertThat(IdentifierKey.of(TargetType.PHONE, "+352 (621) 000-002").matchValue()).isEqualTo("+352621000002");
        assertThat(IdentifierKey.of(TargetType.PHONE, "+32 470/12 34 56").matchValue()).isEqualTo("+32470123456");
        assertThat(IdentifierKey.of(TargetType.PHONE, "+32.470.12.34.56").matchValue()).isEqualTo("+32470123456");
    }

    @Test
    void theInternationalPrefix00MatchesAsPlus() {
        assertThat(IdentifierKey.of(TargetType.PHONE, "0032470123456"))
                .isEqualTo(IdentifierKey.of(TargetType.PHONE, "+32470123456"));
        assertThat(IdentifierKey.of(TargetType.PHONE, "(0032) 470 12 34 56").matchValue()).isEqualTo("+32470123456");
    }

    @Test
    void aNationalTrunkPrefixIsKeptSinceItsCountryIsUnknown() {
        assertThat(IdentifierKey.of(TargetType.PHONE, "0470 12 34 56").matchValue()).isEqualTo("0470123456");
        assertThat(IdentifierKey.of(TargetType.PHONE, "0470 12 34 56"))
                .isNotEqualTo(IdentifierKey.of(TargetType.PHONE, "+32470123456"));
    }

    @Test
    void aPhoneNumberIsDigitsWithSeparatorsAndAtMostOneLeadingPlus() {
        assertThat(List.of("+32470123456", "+32 470/12 34 56", "0032470123456", "+32.470.12.34.56",
                "(+32) 470-12-34-56", " 0470 12 34 56 ", "\t+32470123456\n", "7"))
                .allMatch(IdentifierKey::isPhoneNumber);
        assertThat(Arrays.asList("--", "+", " ", "", null, "+32+470", "32+470", "++32", "tel:+32470",
                "+32 470 ext 5", "+32\t470", "\uff10032470", "\u0663\u0662"))
                .noneMatch(IdentifierKey::isPhoneNumber);
    }

    @Test
    void theSameValueOfAnotherTypeIsAnotherIdentifier() {
        assertThat(IdentifierKey.of(TargetType.USERNAME, "us.user"))
                .isNotEqualTo(IdentifierKey.of(TargetType.ACCOUNT_ID, "us.user"));
    }
}
