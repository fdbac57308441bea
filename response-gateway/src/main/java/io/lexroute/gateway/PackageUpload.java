package io.lexroute.gateway;

import java.io.InputStream;

/**
 * A package as a provider sends it.
 *
 * @param declaredLength the Content-Length, when the request has one
 * @param declaredSha256 the hex SHA-256 the provider computed, when it sent one; the bytes must match it
 */
public record PackageUpload(String name, String contentType, Long declaredLength, String declaredSha256,
        InputStream body) {
}
