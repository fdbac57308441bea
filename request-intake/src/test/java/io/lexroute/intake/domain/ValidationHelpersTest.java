package io.lexroute.intake.domain;

import io.lexroute.contracts.IssueDates;
import io.lexroute.contracts.OrderIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationHelpersTest {

    // 29 Nov 2026, 01:00 UTC: already 29 Nov in Europe, still 28 Nov in the Americas, 29 Nov 15:00 at UTC+14.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"BE", "US", "IE", "LU", "GB", "DE", "NL", "FR"})
    void knowsAssignedCountryCodes(String code) {
        assertThat(CountryCodes.isAlpha2(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"be", "Be", "BEL", "XX", "ZZ", "", " BE", "EU", "UK"})
    void refusesAnythingElseAsACountry(String code) {
        assertThat(CountryCodes.isAlpha2(code)).isFalse();
    }

    @Test
    void nullIsNoCountry() {
        assertThat(CountryCodes.isAlpha2(null)).isFalse();
    }

    @Test
    void issueDatesFrom1980UpToToday() {
        assertThat(IssueDates.problemWith(LocalDate.of(1980, 1, 1), CLOCK)).isEmpty();
        assertThat(IssueDates.problemWith(LocalDate.of(2017, 12, 1), CLOCK)).isEmpty();
        assertThat(IssueDates.problemWith(LocalDate.of(2026, 11, 29), CLOCK)).isEmpty();
    }

    @Test
    void issueDateBefore1980IsRefused() {
        assertThat(IssueDates.problemWith(LocalDate.of(1979, 12, 31), CLOCK))
                .contains("must not be before 1980-01-01");
    }

    @Test
    void issueDateAfterTodayEverywhereIsInTheFuture() {
        assertThat(IssueDates.problemWith(LocalDate.of(2026, 11, 30), CLOCK)).contains("must not be in the future");
        assertThat(IssueDates.problemWith(LocalDate.of(2027, 1, 1), CLOCK)).contains("must not be in the future");
    }

    @Test
    void tomorrowInUtcIsAcceptedOnceItIsTodaySomewhere() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-29T11:00:00Z"), ZoneOffset.UTC);

        assertThat(IssueDates.problemWith(LocalDate.of(2026, 11, 30), lateEvening)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Investigating judge, Antwerp", "Staatsanwaltschaft Köln", "Parquet de Paris — section J3",
            "live:suspect.example", "emoji \uD83D\uDE00 ok", ""})
    void plainTextPasses(String text) {
        assertThat(PlainText.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "nul\u0000", "bell\u0007", "del\u007F", "c1\u0085",
            "evil\u202Eright-to-left", "isolate\u2066x\u2069", "lone\uD800surrogate", "\uDC00reversed"})
    void controlCharactersAndBrokenTextFail(String text) {
        assertThat(PlainText.isPlain(text)).isFalse();
    }

    @Test
    void orderIdsAreCanonicalUuidsOnly() {
        UUID id = UUID.randomUUID();

        assertThat(OrderIds.parse(id.toString())).contains(id);
        assertThat(OrderIds.parse(id.toString().toUpperCase())).contains(id);
        assertThat(OrderIds.parse("1-1-1-1-1")).isEmpty();
        assertThat(OrderIds.parse("not-a-uuid")).isEmpty();
        assertThat(OrderIds.parse(id + "0")).isEmpty();
        assertThat(OrderIds.parse(null)).isEmpty();
    }
}
