package io.lexroute.gateway.domain;

/** The provider declared a SHA-256 for the package and the bytes that arrived have another: damaged in transit. */
public class PackageDigestMismatchException extends RuntimeException {

    public PackageDigestMismatchException(String declared, String received) {
        super("The package's SHA-256 is " + received + ", not the declared " + declared
                + "; nothing was stored. Upload it again.");
    }
}
