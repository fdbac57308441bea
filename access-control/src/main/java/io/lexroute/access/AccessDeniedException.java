package io.lexroute.access;

/** The caller is authenticated but may not touch this tenant's data: answered 403 without naming what exists. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
