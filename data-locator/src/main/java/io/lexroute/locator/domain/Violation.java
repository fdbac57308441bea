package io.lexroute.locator.domain;

/** What is wrong with one field of a request, named by its JSON path (e.g. {@code locations[1].country}). */
public record Violation(String field, String message) {
}
