package io.lexroute.gateway.persistence;

/** A package's bytes as stored: where (relative to the package directory), how many, and their SHA-256 (hex). */
public record StoredBytes(String path, long sizeBytes, String sha256) {
}
