package io.lexroute.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lexroute.intake")
public interface IntakeConfig {

    /** The name this service signs its timeline entries with (and publishes under). */
    @WithDefault("${quarkus.application.name}")
    String serviceName();
}
