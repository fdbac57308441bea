package io.lexroute.locator.domain;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.IDENTIFICATION;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.StorageLocation.Role.PRIMARY;
import static io.lexroute.contracts.StorageLocation.Role.REPLICA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lexroute.contracts.Order.Target;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationFinderTest {

    private static final String MIO = "Microsoft Ireland Operations Ltd";
    private static final String MC = "Microsoft Corporation";

    private final Account euAccount = new Account("microsoft", "eu-2",
            List.of(new Identifier(TargetType.EMAIL, "eu.user@outlook.example"),
                    new Identifier(TargetType.PHONE, "+353861234567")),
            List.of(new Location(SUBSCRIBER, "IE", "dublin-1", MIO, PRIMARY),
                    new Location(TRAFFIC, "IE", "dublin-1", MIO, PRIMARY),
                    new Location(TRAFFIC, "NL", "amsterdam-2", MIO, REPLICA),
                    new Location(CONTENT, "NL", "amsterdam-2", MIO, PRIMARY)));
    private final Account usAccount = new Account("microsoft", "us-1",
            List.of(new Identifier(TargetType.USERNAME, "us.user")),
            List.of(new Location(TRAFFIC, "US", "us-east", MC, PRIMARY),
                    new Location(CONTENT, "US", "us-east", MC, PRIMARY)));

    @Test
    void listsEveryLocationOfTheRequestedCategoriesOfTheMatchedAccount() {
        LocatedData found = LocationFinder.locate(List.of(new Target(TargetType.EMAIL, "eu.user@outlook.example")),
                List.of(TRAFFIC, CONTENT), List.of(euAccount, usAccount));

        assertThat(found.locations()).containsExactly(
                new StorageLocation(TRAFFIC, "IE", "dublin-1", MIO, PRIMARY, "eu-2"),
                new StorageLocation(TRAFFIC, "NL", "amsterdam-2", MIO, REPLICA, "eu-2"),
                new StorageLocation(CONTENT, "NL", "amsterdam-2", MIO, PRIMARY, "eu-2"));
        assertThat(found.unmatchedTargets()).isEmpty();
    }

    @Test
    void severalTargetsOfOneAccountListItsLocationsOnce() {
        LocatedData found = LocationFinder.locate(
                List.of(new Target(TargetType.EMAIL, "EU.User@Outlook.example"),
                        new Target(TargetType.PHONE, "+353 86 123 4567")),
                List.of(SUBSCRIBER), List.of(euAccount));

        assertThat(found.locations())
                .containsExactly(new StorageLocation(SUBSCRIBER, "IE", "dublin-1", MIO, PRIMARY, "eu-2"));
    }

    @Test
    void targetsOfDifferentAccountsCollectTheLocationsOfEach() {
        LocatedData found = LocationFinder.locate(
                List.of(new Target(TargetType.USERNAME, "us.user"),
                        new Target(TargetType.EMAIL, "eu.user@outlook.example")),
                List.of(CONTENT), List.of(euAccount, usAccount));

        assertThat(found.locations()).extracting(StorageLocation::accountId, StorageLocation::country)
                .containsExactly(
                        tuple("us-1", "US"),
                        tuple("eu-2", "NL"));
    }

    @Test
    void targetsThatMatchNoIdentifierAreReportedAsUnmatched() {
        Target unknown = new Target(TargetType.EMAIL, "nobody@outlook.example");
        Target wrongType = new Target(TargetType.ACCOUNT_ID, "us.user");

        LocatedData found = LocationFinder.locate(
                List.of(unknown, new Target(TargetType.USERNAME, "us.user"), wrongType),
                List.of(TRAFFIC), List.of(euAccount, usAccount));

        assertThat(found.unmatchedTargets()).containsExactly(unknown, wrongType);
        assertThat(found.locations()).extracting(StorageLocation::accountId).containsExactly("us-1");
    }

    @Test
    void aCategoryTheMatchedAccountDoesNotHoldYieldsNoLocation() {
        LocatedData found = LocationFinder.locate(List.of(new Target(TargetType.USERNAME, "us.user")),
                List.of(IDENTIFICATION), List.of(usAccount));

        assertThat(found.locations()).isEmpty();
        assertThat(found.unmatchedTargets()).isEmpty();
    }

    @Test
    void nothingMatchesWithoutAccounts() {
        Target target = new Target(TargetType.ACCOUNT_ID, "live:nobody.here");

        LocatedData found = LocationFinder.locate(List.of(target), List.of(SUBSCRIBER), List.of());

        assertThat(found.locations()).isEmpty();
        assertThat(found.unmatchedTargets()).containsExactly(target);
    }

    @Test
    void aPhoneNumberMatchesInItsInternationalForms() {
        for (String phone : List.of("00353 86 123 4567", "+353 (86) 123-4567", "+353.86.123/4567")) {
            LocatedData found = LocationFinder.locate(List.of(new Target(TargetType.PHONE, phone)),
                    List.of(SUBSCRIBER), List.of(euAccount));

            assertThat(found.locations()).as(phone).extracting(StorageLocation::accountId).containsExactly("eu-2");
        }
    }

    @Test
    void aPhoneTargetOfSeparatorsOnlyMatchesNothing() {
        // Stored before the catalog refused phone numbers without a digit: its match value is empty.
        Account separatorsOnly = new Account("microsoft", "dashes",
                List.of(new Identifier(TargetType.PHONE, "--")),
                List.of(new Location(SUBSCRIBER, "IE", "dublin-1", MIO, PRIMARY)));
        Target target = new Target(TargetType.PHONE, "( ) / -");

        LocatedData found = LocationFinder.locate(List.of(target), List.of(SUBSCRIBER), List.of(separatorsOnly));

        assertThat(found.locations()).isEmpty();
        assertThat(found.unmatchedTargets()).containsExactly(target);
        assertThat(LocationFinder.keysOf(List.of(target))).isEmpty();
    }

    @Test
    void keysOfTargetsAreDistinctAndSkipIncompleteTargets() {
        assertThat(LocationFinder.keysOf(List.of(
                new Target(TargetType.EMAIL, "A@example.com"),
                new Target(TargetType.EMAIL, "a@example.com"),
                new Target(null, "x"),
                new Target(TargetType.PHONE, " "))))
                .containsExactly(new IdentifierKey(TargetType.EMAIL, "a@example.com"));
    }
}
