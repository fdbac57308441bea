package io.lexroute.intake.domain;

/** The manifest line of one released data package (filled once response-gateway publishes packages). */
public record ReleasedPackage(String name, long size, String sha256, String downloadLink) {
}
