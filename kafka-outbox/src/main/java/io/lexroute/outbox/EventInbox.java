package io.lexroute.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies each consumed order event exactly once: the event id is recorded in the same transaction as the handler's
 * writes (and the events it appends to the outbox), so a redelivered record is skipped. Records that cannot be parsed
 * are thrown back as {@link PoisonRecordException} for the channel's dead-letter queue; a database that is away is
 * waited for, so nothing is lost and the partition's order is kept.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final EntityManager entityManager;
    private final OutboxMetrics metrics;
    private final OrderTracing tracing;

    public EventInbox(EntityManager entityManager, OutboxMetrics metrics, OrderTracing tracing) {
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    /**
     * Every line logged while the record is handled carries the order id (the record key) and the event type in the
     * MDC, as {@code orderId} and {@code eventType}.
     */
    public void handle(ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> handler) {
        Object previousOrderId = MDC.get("orderId");
        Object previousEventType = MDC.get("eventType");
        if (record.key() != null) {
            MDC.put("orderId", record.key());
        }
        try {
            ReceivedEvent event = EventRecords.parse(record);
            MDC.put("orderId", event.event().orderId().toString());
            MDC.put("eventType", event.topic().eventType());
            applyWithRetries(event, handler);
            metrics.consumed(record.topic());
        } catch (RuntimeException e) {
            // The channel's failure strategy sends whatever we throw to <topic>.dlq.
            metrics.deadLettered(record.topic());
            throw e;
        } finally {
            restore("orderId", previousOrderId);
            restore("eventType", previousEventType);
        }
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    private void applyWithRetries(ReceivedEvent event, Consumer<ReceivedEvent> handler) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                tracing.consume(event.topic().topic(), event.traceparent(), () -> QuarkusTransaction.requiringNew()
                        .run(() -> applyOnce(event, handler)));
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("Database unavailable while applying %s %s; retrying in %d ms: %s",
                        event.topic().eventType(), event.id(), backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void applyOnce(ReceivedEvent event, Consumer<ReceivedEvent> handler) {
        int firstTime = entityManager.createNativeQuery(
                        "insert into inbox_event (event_id, topic) values (?1, ?2) on conflict do nothing")
                .setParameter(1, event.id())
                .setParameter(2, event.topic().topic())
                .executeUpdate();
        if (firstTime == 1) {
            handler.accept(event);
        } else {
            LOG.debugf("Skipping %s %s: already applied", event.topic().eventType(), event.id());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
