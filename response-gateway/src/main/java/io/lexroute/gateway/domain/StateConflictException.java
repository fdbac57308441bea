package io.lexroute.gateway.domain;

/** The request is valid but the order is no longer (or not yet) where it would apply, e.g. a task already uploaded. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String detail) {
        super(detail);
    }
}
