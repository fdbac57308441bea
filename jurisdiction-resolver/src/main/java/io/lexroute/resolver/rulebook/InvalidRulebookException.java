package io.lexroute.resolver.rulebook;

/** The rulebook cannot be used; the message names the rule and field at fault. */
public class InvalidRulebookException extends RuntimeException {

    public InvalidRulebookException(String message) {
        super(message);
    }

    public InvalidRulebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
