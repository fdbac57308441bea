package io.lexroute.resolver.rulebook;

/** The scope's instruments may be used only in an emergency; an order that declares none is refused. */
public record EmergencyRequirement(RuleHeader header, Scope scope) implements Rule {
}
