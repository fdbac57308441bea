package io.lexroute.resolver.config;

import io.lexroute.resolver.domain.RuleEvaluator;
import io.lexroute.resolver.rulebook.Rulebook;
import io.lexroute.resolver.rulebook.RulebookLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The rulebook (loaded and validated when the service starts, so a bad one stops it), its evaluator and a clock. */
public class ResolverBeans {

    @Produces
    @Singleton
    @Startup
    Rulebook rulebook(ResolverConfig config) {
        return new RulebookLoader().loadResource(config.rulebook());
    }

    @Produces
    @Singleton
    RuleEvaluator ruleEvaluator(Rulebook rulebook) {
        return new RuleEvaluator(rulebook);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
