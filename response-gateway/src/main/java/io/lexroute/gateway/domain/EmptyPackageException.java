package io.lexroute.gateway.domain;

public class EmptyPackageException extends RuntimeException {

    public EmptyPackageException() {
        super("The package is empty; if the data does not exist, report it as not found instead.");
    }
}
