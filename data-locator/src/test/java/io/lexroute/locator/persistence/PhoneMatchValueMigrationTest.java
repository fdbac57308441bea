package io.lexroute.locator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.TargetType;
import io.lexroute.locator.domain.IdentifierKey;
import io.lexroute.testsupport.MigrationSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V5 on the real PostgreSQL: a schema of the test's own is migrated to V4, given identifiers as the catalog stored
 * them until then, and migrated on; the match values it then holds must be those IdentifierKey gives.
 */
class PhoneMatchValueMigrationTest {

    private static final String SEPARATORS = " /().-";

    private final MigrationSchema migrations = new MigrationSchema("locator_v5");
    private final String schema = migrations.name();

    @AfterEach
    void dropSchema() throws SQLException {
        migrations.close();
    }

    @Test
    void everyPhoneNumberGetsTheMatchValueOfIdentifierKey() throws SQLException {
        List<String> values = new ArrayList<>(List.of("+32470123456", "+32 470/12 34 56", "0032470123456",
                "0032 470 12 34 56", "+32.470.12.34.56", "(+32) 470-12-34-56", "(0032) 470 12 34 56", "0470 12 34 56",
                "+0032 470", "0000 32", " 00 ", "0", "(0)", "+1 (555) 010-9999", "/-.() 7"));
        values.addAll(generatedPhoneNumbers());
        assertThat(values).allMatch(IdentifierKey::isPhoneNumber);
        // Values the API took before V5 and refuses now: V5 must give them IdentifierKey's match value as well.
        values.addAll(List.of("--", "tel:+32 470", "+32+470", "\u2003 0032 470/1\u2003", "\u00a0+32 470 ext. 7",
                "00\t32\n470"));
        migrations.migrateTo("4");
        try (Connection connection = migrations.connect()) {
            for (int i = 0; i < values.size(); i++) {
                // Each in a provider of its own: several are the same number.
                insertPhone(connection, "p-" + i, "a", 0, values.get(i));
            }
            insert(connection, "email", "a", 0, TargetType.EMAIL, "00.A-(b)/c@Example.com", "00.a-(b)/c@example.com");
        }

        migrations.migrateTo("latest");

        Map<String, String> matchValues = matchValues();
        for (int i = 0; i < values.size(); i++) {
            assertThat(matchValues.get("p-" + i + "/a/0"))
                    .as("match value of %s", values.get(i))
                    .isEqualTo(IdentifierKey.of(TargetType.PHONE, values.get(i)).matchValue());
        }
        assertThat(matchValues.get("email/a/0")).isEqualTo("00.a-(b)/c@example.com");
        assertThat(matchValues.get("skype/sk-lu-002/2")).isEqualTo("+352621000002");
    }

    @Test
    void anAccountThatListedOneNumberInSeveralFormsKeepsTheFirst() throws SQLException {
        migrations.migrateTo("4");
        try (Connection connection = migrations.connect()) {
            insertPhone(connection, "dup", "a", 0, "+32 470 12 34 56");
            insert(connection, "dup", "a", 1, TargetType.EMAIL, "a@example.com", "a@example.com");
            insertPhone(connection, "dup", "a", 2, "0032 470 12 34 56");
            insertPhone(connection, "dup", "a", 3, "+32 470/12 34 56");
            insertPhone(connection, "dup", "a", 4, "+32 470 65 43 21");
        }

        migrations.migrateTo("latest");

        assertThat(matchValues()).containsAllEntriesOf(Map.of(
                "dup/a/0", "+32470123456", "dup/a/1", "a@example.com", "dup/a/4", "+32470654321"))
                .doesNotContainKeys("dup/a/2", "dup/a/3");
    }

    @Test
    void twoAccountsOfAProviderWithTheSameNumberAreParkedSoThatNeitherMatches() throws SQLException {
        migrations.migrateTo("4");
        try (Connection connection = migrations.connect()) {
            insertPhone(connection, "conflict", "first", 0, "+32 470 12 34 56");
            insertPhone(connection, "conflict", "second", 0, "0032470123456");
            insertPhone(connection, "conflict", "second", 1, "+32 470 65 43 21");
            // The same number at another provider is no conflict.
            insertPhone(connection, "other", "third", 0, "0032 470 12 34 56");
        }

        migrations.migrateTo("latest");

        // Neither answers for the number: the normalised target +32470123456 would otherwise find "first" alone,
        // whichever account the portal meant.
        Map<String, String> matchValues = matchValues();
        assertThat(matchValues).containsEntry("conflict/first/0", "shared number +32470123456")
                .containsEntry("conflict/second/0", "shared number 0032470123456")
                .containsEntry("conflict/second/1", "+32470654321")
                .containsEntry("other/third/0", "+32470123456");
        for (String parked : List.of(matchValues.get("conflict/first/0"), matchValues.get("conflict/second/0"))) {
            assertThat(IdentifierKey.of(TargetType.PHONE, parked).matchValue()).isNotEqualTo(parked);
        }
    }

    /** Digits and separators at random, often with the prefix 00; the same every run. */
    private static List<String> generatedPhoneNumbers() {
        Random random = new Random(5);
        List<String> numbers = new ArrayList<>();
        while (numbers.size() < 300) {
            StringBuilder number = new StringBuilder();
            appendRandom(number, random, SEPARATORS, random.nextInt(3));
            if (random.nextBoolean()) {
                number.append('+');
            }
            appendRandom(number, random, SEPARATORS, random.nextInt(3));
            appendRandom(number, random, "0000123456789" + SEPARATORS, 1 + random.nextInt(16));
            if (IdentifierKey.isPhoneNumber(number.toString())) {
                numbers.add(number.toString());
            }
        }
        return numbers;
    }

    private static void appendRandom(StringBuilder to, Random random, String characters, int count) {
        for (int i = 0; i < count; i++) {
            to.append(characters.charAt(random.nextInt(characters.length())));
        }
    }

    /** With the match value IdentifierKey gave a phone number before V5. */
    private void insertPhone(Connection connection, String provider, String accountId, int position, String phone)
            throws SQLException {
        insert(connection, provider, accountId, position, TargetType.PHONE, phone,
                phone.strip().replaceAll("[\\s().-]", ""));
    }

    private void insert(Connection connection, String provider, String accountId, int position, TargetType type,
            String value, String matchValue) throws SQLException {
        try (PreparedStatement account = connection.prepareStatement("insert into " + schema + ".account"
                + " (provider_id, account_id, created_at, updated_at) values (?, ?, now(), now())"
                + " on conflict do nothing");
                PreparedStatement identifier = connection.prepareStatement("insert into " + schema
                        + ".account_identifier (provider_id, account_id, position, type, value, match_value)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            account.setString(1, provider);
            account.setString(2, accountId);
            account.executeUpdate();
            identifier.setString(1, provider);
            identifier.setString(2, accountId);
            identifier.setInt(3, position);
            identifier.setString(4, type.name());
            identifier.setString(5, value);
            identifier.setString(6, matchValue);
            identifier.executeUpdate();
        }
    }

    /** Every identifier's match value, by provider/account/position. */
    private Map<String, String> matchValues() throws SQLException {
        Map<String, String> matchValues = new LinkedHashMap<>();
        try (Connection connection = migrations.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select provider_id, account_id, position, match_value from "
                        + schema + ".account_identifier")) {
            while (rows.next()) {
                matchValues.put(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getInt(3), rows.getString(4));
            }
        }
        return matchValues;
    }
}
