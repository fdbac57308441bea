package io.lexroute.resolver.rulebook;

/**
 * The provider preserves the data for {@code periodDays} from receipt of the order; the issuing authority may extend
 * that once by {@code extensionDays}. Applies to the instruments of a regime whose applicability rule is
 * {@code preservationOnly}.
 */
public record PreservationPeriod(RuleHeader header, Scope scope, int periodDays, int extensionDays) implements Rule {
}
