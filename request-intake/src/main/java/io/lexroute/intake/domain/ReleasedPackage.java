package io.lexroute.intake.domain;

import io.lexroute.contracts.DataCategory;
import java.time.Instant;

/**
 * The manifest line of one released data package: name, size, SHA-256 and the link to download it from
 * response-gateway, with the category and storage location it answers and when the gateway received it.
 */
public record ReleasedPackage(
        String name,
        long size,
        String sha256,
        String downloadLink,
        DataCategory dataCategory,
        String location,
        String contentType,
        Instant receivedAt) {
}
