package io.lexroute.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** When an order may have been issued: not before 1980 and not after today; request-intake and the dry-run agree. */
public final class IssueDates {

    public static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);

    // "Today" depends on where the authority sits; the date line's far side (UTC+14) is the last place where a
    // given date is still "today", so an order dated today anywhere on Earth is never rejected as future.
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private IssueDates() {
    }

    /** What is wrong with {@code issuedAt}, if anything. */
    public static Optional<String> problemWith(LocalDate issuedAt, Clock clock) {
        if (issuedAt.isBefore(EARLIEST)) {
            return Optional.of("must not be before " + EARLIEST);
        }
        if (issuedAt.isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)))) {
            return Optional.of("must not be in the future");
        }
        return Optional.empty();
    }
}
