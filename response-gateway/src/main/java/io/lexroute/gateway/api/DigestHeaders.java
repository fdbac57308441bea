package io.lexroute.gateway.api;

import java.util.Base64;
import java.util.HexFormat;

/** The SHA-256 of a package in the headers a client may check: hex, RFC 3230 Digest and RFC 9530 Repr-Digest. */
final class DigestHeaders {

    static final String HEX = "X-Content-SHA256";
    static final String DIGEST = "Digest";
    static final String REPR_DIGEST = "Repr-Digest";

    private DigestHeaders() {
    }

    static String digest(String hexSha256) {
        return "sha-256=" + base64(hexSha256);
    }

    static String reprDigest(String hexSha256) {
        return "sha-256=:" + base64(hexSha256) + ":";
    }

    private static String base64(String hexSha256) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hexSha256));
    }
}
