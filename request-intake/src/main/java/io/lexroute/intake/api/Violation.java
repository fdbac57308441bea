package io.lexroute.intake.api;

/** One thing wrong with a request: the field (JSON path, header or query parameter) and what is wrong with it. */
public record Violation(String field, String message) {
}
