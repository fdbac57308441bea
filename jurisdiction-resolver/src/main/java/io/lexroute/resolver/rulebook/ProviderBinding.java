package io.lexroute.resolver.rulebook;

/** The providers that the regime binds for the scope's data categories, and how it classifies them. */
public record ProviderBinding(RuleHeader header, Scope scope, NameSet providers, String classification)
        implements Rule {
}
