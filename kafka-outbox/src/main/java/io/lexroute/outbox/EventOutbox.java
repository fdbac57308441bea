package io.lexroute.outbox;

import io.lexroute.contracts.OrderEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Publishes order events atomically with the state they describe: the event is written to the outbox table in the
 * caller's transaction and relayed to Kafka once that transaction commits. A rollback publishes nothing; a crash
 * after the commit publishes later.
 */
@ApplicationScoped
public class EventOutbox {

    private static final String HELD = EventOutbox.class.getName() + ".held";
    private static final String WAKE_REGISTERED = EventOutbox.class.getName() + ".wake";

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

    /**
     * Writes {@code event} to the outbox in the caller's transaction.
     *
     * @throws EventTooLargeException when its JSON is larger than {@code lexroute.outbox.max-event-bytes}: Kafka would
     *         refuse it for ever, and the relay would send no later event. Checked here, not when held events are
     *         written, so that in the inbox it fails the record whose handler appended it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OrderEvent event) {
        OutboxEntry entry = OutboxEntry.of(event, config.source(), Instant.now(), tracing.currentTraceparent());
        if (entry.payload().length > config.maxEventBytes()) {
            throw new EventTooLargeException(entry.eventType(), event.orderId(), entry.payload().length,
                    config.maxEventBytes());
        }
        @SuppressWarnings("unchecked")
        List<OutboxEntry> held = (List<OutboxEntry>) transactions.getResource(HELD);
        if (held != null) {
            held.add(entry);
        } else {
            insert(List.of(entry));
        }
        if (transactions.getResource(WAKE_REGISTERED) == null) {
            transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
            AfterCommit.run(transactions, relay::wakeUp);
        }
    }

    /**
     * Holds the events appended in the caller's transaction in memory until {@link #writeHeld()}, which inserts them
     * in one JDBC batch: the inbox applies a whole poll in one transaction, and one insert per event would cost a
     * round trip and a Hibernate flush each. Nothing reads the outbox inside the transaction that writes it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdAppends() {
        if (transactions.getResource(HELD) == null) {
            transactions.putResource(HELD, new ArrayList<OutboxEntry>());
        }
    }

    /** Inserts the events held since {@link #holdAppends()}, in the order they were appended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeHeld() {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> held = (List<OutboxEntry>) transactions.getResource(HELD);
        if (held != null && !held.isEmpty()) {
            insert(held);
            held.clear();
        }
    }

    private void insert(List<OutboxEntry> entries) {
        entityManager.unwrap(Session.class).doWork(connection -> OutboxStatements.append(connection, entries));
    }
}
