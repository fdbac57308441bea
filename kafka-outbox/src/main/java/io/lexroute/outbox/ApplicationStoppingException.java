package io.lexroute.outbox;

/**
 * Thrown out of {@link EventInbox#handle} when the application stops while it applies a poll. A failure then says
 * nothing about the records (the database session, the pool or the container is being closed under them), so they are
 * neither dead-lettered nor acknowledged: their offsets stay uncommitted and the next start applies them.
 */
public class ApplicationStoppingException extends RuntimeException {

    public ApplicationStoppingException(String message, Throwable cause) {
        super(message, cause);
    }
}
