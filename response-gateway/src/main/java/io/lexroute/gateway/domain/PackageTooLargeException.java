package io.lexroute.gateway.domain;

public class PackageTooLargeException extends RuntimeException {

    private final long maxBytes;

    public PackageTooLargeException(long maxBytes) {
        super("A data package may not exceed " + maxBytes + " bytes.");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
