package io.lexroute.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

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

    public EventInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void handle(ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> handler) {
        ReceivedEvent event = EventRecords.parse(record);
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                TraceParent.runWithin(event.traceparent(), () -> QuarkusTransaction.requiringNew()
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
