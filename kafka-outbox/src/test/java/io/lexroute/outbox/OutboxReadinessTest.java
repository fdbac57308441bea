package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxReadinessTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void aWorkingRelayIsReady() {
        assertThat(OutboxReadiness.isStuck(Optional.empty(), NOW)).isFalse();
    }

    @Test
    void briefFailuresAreTolerated() {
        assertThat(OutboxReadiness.isStuck(Optional.of(NOW.minusSeconds(60)), NOW)).isFalse();
    }

    @Test
    void failingForMoreThanAMinuteIsNotReady() {
        assertThat(OutboxReadiness.isStuck(Optional.of(NOW.minusSeconds(61)), NOW)).isTrue();
    }
}
