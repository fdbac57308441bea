package io.lexroute.outbox;

import java.time.Duration;

/** The outbox's settings with their defaults, for unit tests that build its classes without Quarkus. */
record TestOutboxConfig(Duration pollInterval, int batchSize, String source) implements OutboxConfig {

    @Override
    public Duration inboxRetention() {
        return Duration.ofDays(14);
    }

    @Override
    public Duration inboxPruneInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public int maxEventBytes() {
        return 1_000_000;
    }

    @Override
    public Duration timedOutTransactionWait() {
        return Duration.ofMinutes(10);
    }

    @Override
    public boolean validateEventSchemas() {
        return true;
    }
}
