package io.lexroute.resolver.rulebook;

/**
 * The data categories that the scope's instruments can obtain; an order for another category under those
 * instruments is refused. Instruments without a scope rule are not limited by category.
 */
public record InstrumentScope(RuleHeader header, Scope scope) implements Rule {
}
