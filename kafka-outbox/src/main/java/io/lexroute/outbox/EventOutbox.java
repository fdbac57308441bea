package io.lexroute.outbox;

import io.lexroute.contracts.OrderEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Publishes order events atomically with the state they describe: the event is written to the outbox table in the
 * caller's transaction and relayed to Kafka once that transaction commits. A rollback publishes nothing; a crash
 * after the commit publishes later.
 */
@ApplicationScoped
public class EventOutbox {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private final OrderTracing tracing;

    public EventOutbox(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, OutboxConfig config, OrderTracing tracing) {
        this.entityManager = entityManager;
        this.tracing = tracing;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OrderEvent event) {
        OutboxEntry entry = OutboxEntry.of(event, config.source(), Instant.now(), tracing.currentTraceparent());
        entityManager.createNativeQuery("""
                insert into outbox_event
                    (event_id, topic, record_key, event_type, source, occurred_at, traceparent, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """)
                .setParameter(1, entry.eventId())
                .setParameter(2, entry.topic())
                .setParameter(3, entry.key())
                .setParameter(4, entry.eventType())
                .setParameter(5, entry.source())
                .setParameter(6, entry.occurredAt())
                .setParameter(7, entry.traceparent())
                .setParameter(8, entry.payload())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit());
    }

    private final class WakeRelayAfterCommit implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
