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

    /**
     * How long a consumed event's id is remembered (table {@code inbox_event}). Kafka can deliver a record again only
     * while the topic still holds it, so this must be longer than the topics' retention (7 days by default).
     */
    @WithDefault("P14D")
    Duration inboxRetention();

    /** How often the ids older than {@link #inboxRetention()} are deleted. */
    @WithDefault("1h")
    Duration inboxPruneInterval();

    /** The CloudEvents source of what this service publishes. */
    @WithDefault("${quarkus.application.name}")
    String source();
}
