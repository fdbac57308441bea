package io.lexroute.locator.persistence;

/**
 * The database could not take a write of the catalog or of an addressee now: it is away (kafka-outbox's
 * {@code TransientFailures.isDatabaseUnavailable}), or the write lost to concurrent transactions twice. Nothing was
 * stored; the same request may succeed later (the API answers 503 with Retry-After).
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("The database could not take the write now: " + cause, cause);
    }
}
