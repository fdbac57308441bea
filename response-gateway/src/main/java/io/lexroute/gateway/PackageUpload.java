package io.lexroute.gateway;

import java.io.InputStream;

/**
 * A package as a provider sends it.
 *
 * @param declaredLength the Content-Length, when the request has one
 * @param declaredSha256 the hex SHA-256 the provider computed, when it sent one; the bytes must match it
 * @param taskRevision the task's revision the package answers (the request's {@code If-Match}), when it gave one
 */
public record PackageUpload(String name, String contentType, Long declaredLength, String declaredSha256,
        Integer taskRevision, InputStream body) {
}
