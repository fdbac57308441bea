package io.lexroute.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "lexroute.outbox")
public interface OutboxConfig {

    /** How long the relay sleeps when nothing was committed; commits wake it at once. */
    @WithDefault("500ms")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /** The CloudEvents source of what this service publishes. */
    @WithDefault("${quarkus.application.name}")
    String source();
}
