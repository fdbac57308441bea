package io.lexroute.intake.persistence;

import java.sql.SQLException;

/**
 * Tells an idempotency-key clash from other errors. Whether the database is away (or out of connections) is
 * kafka-outbox's {@link io.lexroute.outbox.TransientFailures#isDatabaseUnavailable}, the rule every service shares.
 */
public final class DatabaseFailures {

    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    /** Another transaction stored an order of the same tenant with the same idempotency key first. */
    public static boolean isIdempotencyKeyClash(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("orders_tenant_idempotency_key_unique")) {
                return true;
            }
        }
        return false;
    }
}
