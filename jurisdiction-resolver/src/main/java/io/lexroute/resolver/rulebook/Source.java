package io.lexroute.resolver.rulebook;

/** A document the rulebook's citations were checked against. */
public record Source(String id, String title, String reference) {
}
