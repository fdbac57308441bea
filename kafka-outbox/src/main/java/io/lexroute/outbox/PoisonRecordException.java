package io.lexroute.outbox;

/** A record that can never be processed as it is; it belongs on the dead-letter topic, not in a retry loop. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
