package io.lexroute.resolver.service;

/** The database is away, so the request was given up; the message says what was done before. Worth retrying. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
