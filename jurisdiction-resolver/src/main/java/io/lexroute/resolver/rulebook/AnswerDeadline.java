package io.lexroute.resolver.rulebook;

/** The addressee answers within {@code hours} of receiving the order, or {@code emergencyHours} in an emergency. */
public record AnswerDeadline(RuleHeader header, Scope scope, int hours, int emergencyHours) implements Rule {
}
