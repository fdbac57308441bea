package io.lexroute.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies each consumed order event exactly once: the event ids are recorded in the same transaction as the
 * handler's writes (and the events it appends to the outbox), so a redelivered record is skipped.
 *
 * <p>The records of one poll are applied in one transaction, so that a busy service pays for one commit per batch
 * rather than one per order, and for one batch of outbox inserts; a quiet one gets batches of one. A record that
 * cannot be parsed, or whose handler fails for any reason but an unavailable database, goes to its dead-letter topic:
 * when a batch fails, its records are applied again one transaction each, to find the one to blame and keep the
 * others. A database that is away is waited for, so nothing is lost and each partition's order is kept; so is one
 * that holds a record's transaction past the transaction timeout, for {@link OutboxConfig#timedOutTransactionWait()}. Once the
 * application is stopping, a failure blames no record: the poll is left unacknowledged, to be applied at the next start
 * ({@link ApplicationStoppingException}).
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final EntityManager entityManager;
    private final OutboxMetrics metrics;
    private final OrderTracing tracing;
    private final DeadLetters deadLetters;
    private final EventOutbox outbox;
    private final Duration transactionTimeout;
    private final Duration timedOutTransactionWait;
    private final Set<PollInProgress> polls = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public EventInbox(EntityManager entityManager, OutboxMetrics metrics, OrderTracing tracing,
            DeadLetters deadLetters, EventOutbox outbox, OutboxConfig config,
            @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
            Duration transactionTimeout) {
        this.entityManager = entityManager;
        this.transactionTimeout = transactionTimeout;
        this.timedOutTransactionWait = config.timedOutTransactionWait();
        this.outbox = outbox;
        this.metrics = metrics;
        this.tracing = tracing;
        this.deadLetters = deadLetters;
    }

    /** Made at the start, not at the first poll: its gauge exists from then, and its stop flag sees every stop. */
    void onStart(@Observes StartupEvent event) {
        metrics.oldestPollAge(this::oldestPollAgeSeconds);
    }

    /**
     * The stop has begun: Kafka's consumers, the connection pool, Hibernate and the beans (among them the dead-letter
     * producer) close after this event, each possibly under a poll being applied.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        int applying = polls.size();
        if (applying > 0) {
            LOG.infof("Stopping while applying %d poll(s): one that does not complete before the consumers close is"
                    + " left unacknowledged, to be applied at the next start", applying);
        }
    }

    /** Seconds since the oldest poll being applied now began; 0 when none is. A stuck consumer shows here. */
    double oldestPollAgeSeconds() {
        long now = System.nanoTime();
        return polls.stream().mapToLong(poll -> now - poll.startedNanos).max().orElse(0) / 1e9;
    }

    /** A poll being applied: since when, and since when its transactions run past the transaction timeout. */
    private static final class PollInProgress {
        final long startedNanos = System.nanoTime();
        /** 0 until a transaction of the poll ran past the timeout; shared by its records once it is split. */
        long firstTimeoutNanos;
    }

    private record Parsed(ConsumerRecord<String, byte[]> record, ReceivedEvent event) {
    }

    /**
     * Applies the records of one poll with {@code handler}. Every line logged while a record is handled carries the
     * order id and the event type in the MDC, as {@code orderId} and {@code eventType}.
     */
    public void handle(ConsumerRecords<String, byte[]> records, Consumer<ReceivedEvent> handler) {
        handle(records, null, handler);
    }

    /**
     * Like {@link #handle(ConsumerRecords, Consumer)}, for a handler that queries nothing per record: {@code prepare}
     * first loads (and locks) in one go what the batch's new events need, then {@code handler} applies them one by one
     * to those entities, and the whole batch's writes go out at the commit, in JDBC batches, instead of once per
     * record.
     */
    public void handle(ConsumerRecords<String, byte[]> records, Consumer<List<ReceivedEvent>> prepare,
            Consumer<ReceivedEvent> handler) {
        PollInProgress poll = new PollInProgress();
        polls.add(poll);
        try {
            applyPoll(poll, records, prepare, handler);
        } finally {
            polls.remove(poll);
        }
    }

    private void applyPoll(PollInProgress poll, ConsumerRecords<String, byte[]> records, Consumer<List<ReceivedEvent>> prepare,
            Consumer<ReceivedEvent> handler) {
        List<Parsed> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                batch.add(new Parsed(record, EventRecords.parse(record)));
            } catch (PoisonRecordException e) {
                deadLetters.send(record, e);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            applyWithRetries(poll, batch, prepare, handler);
        } catch (RuntimeException batchFailure) {
            throwIfStopping(batch, batchFailure);
            if (batch.size() == 1) {
                deadLetters.send(batch.get(0).record(), batchFailure);
                return;
            }
            LOG.warnf("A batch of %d records failed (%s); applying them one at a time", batch.size(),
                    batchFailure.toString());
            for (Parsed parsed : batch) {
                try {
                    applyWithRetries(poll, List.of(parsed), prepare, handler);
                } catch (RuntimeException e) {
                    throwIfStopping(List.of(parsed), e);
                    deadLetters.send(parsed.record(), e);
                }
            }
        }
    }

    private void throwIfStopping(List<Parsed> batch, RuntimeException failure) {
        if (stopping || Thread.currentThread().isInterrupted()) {
            String records = batch.size() + " record(s) of " + batch.get(0).record().topic();
            LOG.warnf("Stopping while applying %s: left unacknowledged, to be applied at the next start (%s)",
                    records, failure.toString());
            throw new ApplicationStoppingException("stopped while applying " + records, failure);
        }
    }

    private void applyWithRetries(PollInProgress poll, List<Parsed> batch, Consumer<List<ReceivedEvent>> prepare,
            Consumer<ReceivedEvent> handler) {
        Backoff backoff = new Backoff(FIRST_BACKOFF);
        while (true) {
            long started = System.nanoTime();
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(batch, prepare, handler));
                batch.forEach(parsed -> metrics.consumed(parsed.record().topic()));
                return;
            } catch (RuntimeException e) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                String what = batch.size() + " event(s) of " + batch.get(0).record().topic();
                if (TransientFailures.isTransient(e)) {
                    LOG.warnf("Database unavailable while applying %s; retrying in %d ms: %s", what,
                            backoff.next().toMillis(), e.getMessage());
                } else if (batch.size() == 1 && ranPastTheTransactionTimeout(started)) {
                    // A poll of several is split first: one of its records may be the slow one. The wait is the
                    // poll's, not each record's: a database held for long would otherwise stall it that long per
                    // record.
                    long now = System.nanoTime();
                    poll.firstTimeoutNanos = poll.firstTimeoutNanos == 0 ? now : poll.firstTimeoutNanos;
                    if (now - poll.firstTimeoutNanos >= timedOutTransactionWait.toNanos()) {
                        throw e;
                    }
                    LOG.warnf("Applying %s ran past the transaction timeout (%d s) and was rolled back; the database"
                            + " may be held (a lock?); retrying in %d ms: %s", what, transactionTimeout.toSeconds(),
                            backoff.next().toMillis(), e.getMessage());
                } else {
                    throw e;
                }
                backoff.pause();
                if (stopping || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
            }
        }
    }

    private boolean ranPastTheTransactionTimeout(long startedNanos) {
        return System.nanoTime() - startedNanos >= transactionTimeout.toNanos();
    }

    private void applyOnce(List<Parsed> batch, Consumer<List<ReceivedEvent>> prepare,
            Consumer<ReceivedEvent> handler) {
        Set<String> firstTime = recordApplied(batch);
        List<ReceivedEvent> fresh = new ArrayList<>(firstTime.size());
        for (Parsed parsed : batch) {
            ReceivedEvent event = parsed.event();
            if (firstTime.remove(event.id())) {
                fresh.add(event);
            } else {
                LOG.debugf("Skipping %s %s: already applied", event.topic().eventType(), event.id());
            }
        }
        outbox.holdAppends();
        if (prepare != null) {
            prepare.accept(fresh);
            fresh.forEach(event -> apply(event, handler));
        } else {
            for (ReceivedEvent event : fresh) {
                apply(event, handler);
                // Writes this record's changes and forgets its entities: Hibernate checks every managed entity for
                // changes at each flush, before each query, so a batch would otherwise cost the square of its size.
                entityManager.flush();
                entityManager.clear();
            }
        }
        outbox.writeHeld();
    }

    private void apply(ReceivedEvent event, Consumer<ReceivedEvent> handler) {
        Object previousOrderId = MDC.get("orderId");
        Object previousEventType = MDC.get("eventType");
        MDC.put("orderId", event.event().orderId().toString());
        MDC.put("eventType", event.topic().eventType());
        try {
            tracing.consume(event.topic().topic(), event.traceparent(), () -> handler.accept(event));
        } finally {
            restore("orderId", previousOrderId);
            restore("eventType", previousEventType);
        }
    }

    /** Records the batch's event ids in one statement; returns those not applied before. */
    private Set<String> recordApplied(List<Parsed> batch) {
        String[] ids = batch.stream().map(parsed -> parsed.event().id()).toArray(String[]::new);
        String[] topics = batch.stream().map(parsed -> parsed.event().topic().topic()).toArray(String[]::new);
        return entityManager.unwrap(Session.class)
                .doReturningWork(connection -> OutboxStatements.recordApplied(connection, ids, topics));
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
