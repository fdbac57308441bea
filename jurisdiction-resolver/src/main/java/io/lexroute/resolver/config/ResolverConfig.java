package io.lexroute.resolver.config;

import io.lexroute.resolver.rulebook.RulebookLoader;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lexroute.resolver")
public interface ResolverConfig {

    /** Classpath resource holding the rulebook JSON. */
    @WithDefault(RulebookLoader.DEFAULT_RESOURCE)
    String rulebook();
}
