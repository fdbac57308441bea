package io.lexroute.locator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.TargetType;
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
    }

    @Test
    void theSameValueOfAnotherTypeIsAnotherIdentifier() {
        assertThat(IdentifierKey.of(TargetType.USERNAME, "us.user"))
                .isNotEqualTo(IdentifierKey.of(TargetType.ACCOUNT_ID, "us.user"));
    }
}
