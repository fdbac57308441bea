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

    /**
     * The largest event, in bytes of JSON (the record's value), that {@link EventOutbox#append} accepts; a larger one
     * is an {@link EventTooLargeException}. Kafka's producer refuses a record over {@code max.request.size}
     * (1,048,576 bytes by default) on every attempt; the 48,576 bytes below it are left for the key, the
     * CloudEvents headers, the batch's overhead and, should a consumer dead-letter the event, the dead-letter headers.
     * Raise it only together with {@code kafka.max.request.size}, the topics' {@code max.message.bytes} and the
     * consumers' fetch sizes.
     */
    @WithDefault("1000000")
    int maxEventBytes();

    /**
     * How long a record whose transaction keeps running past the transaction timeout is tried again before it is
     * dead-lettered. The transaction manager rolls such a transaction back (and cancels its statement), which most
     * often means the database held it (a lock another session keeps, a stalled disk); a record whose own work takes
     * that long would take it on every attempt, so the waiting has an end.
     */
    @WithDefault("10m")
    Duration timedOutTransactionWait();

    /**
     * Whether each consumed value is checked against its topic's JSON Schema before it is applied
     * ({@link EventRecords#parse}, which reads it once through MicroProfile Config; declared here so that the
     * property is known to the mapping).
     */
    @WithDefault(VALIDATE_EVENT_SCHEMAS_DEFAULT)
    boolean validateEventSchemas();

    /** The default of {@link #validateEventSchemas()}, which {@link EventRecords} also applies where no config is. */
    String VALIDATE_EVENT_SCHEMAS_DEFAULT = "true";

    /** The CloudEvents source of what this service publishes. */
    @WithDefault("${quarkus.application.name}")
    String source();
}
