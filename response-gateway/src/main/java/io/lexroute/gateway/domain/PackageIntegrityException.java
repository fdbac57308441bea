package io.lexroute.gateway.domain;

/** Stored bytes that no longer match the SHA-256 recorded when they were received: never handed out. */
public class PackageIntegrityException extends RuntimeException {

    public PackageIntegrityException(String detail) {
        super(detail);
    }
}
