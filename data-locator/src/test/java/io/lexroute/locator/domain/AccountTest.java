package io.lexroute.locator.domain;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.StorageLocation.Role.PRIMARY;
import static io.lexroute.contracts.StorageLocation.Role.REPLICA;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.TargetType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void anAccountWithDistinctEntriesHasNoDuplicates() {
        Account account = new Account("microsoft", "a-1",
                List.of(new Identifier(TargetType.EMAIL, "a@example.com"), new Identifier(TargetType.USERNAME, "a")),
                List.of(new Location(CONTENT, "IE", "dublin-1", "MIO", PRIMARY),
                        new Location(CONTENT, "NL", "amsterdam-2", "MIO", REPLICA)));

        assertThat(account.duplicates()).isEmpty();
    }

    @Test
    void identifiersThatMatchAlikeAreDuplicates() {
        Account account = new Account("microsoft", "a-1",
                List.of(new Identifier(TargetType.EMAIL, "a@example.com"),
                        new Identifier(TargetType.EMAIL, "A@Example.com")),
                List.of());

        assertThat(account.duplicates())
                .containsExactly(new Violation("identifiers[1]", "repeats identifiers[0]"));
    }

    @Test
    void theSameCategoryAtTheSameSiteTwiceIsADuplicateWhateverTheCustodian() {
        Account account = new Account("microsoft", "a-1",
                List.of(new Identifier(TargetType.EMAIL, "a@example.com")),
                List.of(new Location(CONTENT, "IE", "dublin-1", "MIO", PRIMARY),
                        new Location(CONTENT, "IE", "dublin-2", "MIO", PRIMARY),
                        new Location(CONTENT, "IE", "dublin-1", "Other", REPLICA)));

        assertThat(account.duplicates()).extracting(Violation::field).containsExactly("locations[2]");
    }
}
