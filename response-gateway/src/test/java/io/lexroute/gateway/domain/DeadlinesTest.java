package io.lexroute.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-12T10:00:00Z");

    @Test
    void overdueOnlyAfterTheDeadline() {
        assertThat(Deadlines.isOverdue(DEADLINE, DEADLINE.minusSeconds(1))).isFalse();
        assertThat(Deadlines.isOverdue(DEADLINE, DEADLINE)).isFalse();
        assertThat(Deadlines.isOverdue(DEADLINE, DEADLINE.plusSeconds(1))).isTrue();
    }

    @Test
    void withoutADeadlineNothingIsOverdue() {
        assertThat(Deadlines.isOverdue(null, Instant.MAX)).isFalse();
    }

    @Test
    void aHoldEndsWhereTheResolverCountedItsWindowFromTheReceipt() {
        Instant endsAt = Instant.parse("2026-11-13T08:00:00Z");

        assertThat(Deadlines.holdDueAt(endsAt, DEADLINE, 240)).isEqualTo(endsAt);
    }

    @Test
    void withoutAnEndFromTheResolverAHoldEndsItsWindowAfterItBegan() {
        assertThat(Deadlines.holdDueAt(null, DEADLINE, 96)).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(Deadlines.holdDueAt(null, DEADLINE, 0)).isEqualTo(DEADLINE);
        assertThatThrownBy(() -> Deadlines.holdDueAt(null, DEADLINE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimeIsComparedAsTheDatabaseKeepsItToTheMicrosecondRoundedHalfUp() {
        Instant fromAnEvent = Instant.parse("2026-11-13T08:00:00.123456789Z");

        assertThat(Deadlines.asStored(fromAnEvent)).isEqualTo(Instant.parse("2026-11-13T08:00:00.123457Z"));
        assertThat(Deadlines.asStored(Instant.parse("2026-11-13T08:00:00.123456499Z")))
                .isEqualTo(Instant.parse("2026-11-13T08:00:00.123456Z"));
        assertThat(Deadlines.asStored(Instant.parse("2026-11-13T08:00:00.123456Z")))
                .isEqualTo(Instant.parse("2026-11-13T08:00:00.123456Z"));
        assertThat(Deadlines.holdDueAt(fromAnEvent, DEADLINE, 240)).isEqualTo(Deadlines.asStored(fromAnEvent));
        assertThat(Deadlines.asStored(null)).isNull();
    }
}
