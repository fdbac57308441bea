package io.lexroute.gateway.domain;

/** What was asked for does not exist, or is not the caller's to see (both answer 404, disclosing nothing). */
public class NothingFoundException extends RuntimeException {

    public NothingFoundException(String detail) {
        super(detail);
    }
}
