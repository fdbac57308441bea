package io.lexroute.intake.service;

import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderReceived;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.intake.config.IntakeConfig;
import io.lexroute.intake.domain.CanonicalBody;
import io.lexroute.intake.domain.IdempotencyConflictException;
import io.lexroute.intake.domain.Submission;
import io.lexroute.intake.persistence.DatabaseFailures;
import io.lexroute.intake.persistence.JsonColumns;
import io.lexroute.intake.persistence.OrderEntity;
import io.lexroute.intake.persistence.OrderEntity.KeyedOrder;
import io.lexroute.intake.persistence.OrderEntity.SubmissionKey;
import io.lexroute.intake.persistence.TimelineEntryEntity;
import io.lexroute.outbox.EventOutbox;
import io.lexroute.outbox.TransientFailures;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Stores submitted orders in group commits. Each POST hands its order to one writer thread and waits; the writer
 * stores all the orders waiting at that moment in one transaction (one idempotency lookup for all of them, their rows
 * and events inserted in batches, one commit) and then answers each. A quiet service writes batches of one; a busy
 * one pays for one transaction per batch instead of one per order, and its POSTs queue here rather than for
 * connections. A POST is answered only after the commit that stored its order.
 *
 * <p>A batch that fails for any reason but an unavailable database is written again one order per transaction, so a
 * bad order, or a clash with another instance over an idempotency key, costs only itself.
 */
@ApplicationScoped
public class SubmissionWriter {

    private static final Logger LOG = Logger.getLogger(SubmissionWriter.class);
    /** At most one JDBC batch per table (quarkus.hibernate-orm.jdbc.statement-batch-size). */
    private static final int MAX_BATCH = 50;

    private final EventOutbox outbox;
    private final Clock clock;
    private final IntakeConfig config;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile Thread worker;

    /** A submission waiting to be stored; {@code trace} is the POST's, so that its event continues the trace. */
    private record Pending(String idempotencyKey, Order order, String bodySha256, Context trace,
            CompletableFuture<Submission> answer) {

        SubmissionKey key() {
            return new SubmissionKey(order.submittedBy(), idempotencyKey);
        }
    }

    /** What one submission in a batch came to: its order, or the reason it has none (a key conflict). */
    private record Outcome(Submission submission, RuntimeException refusal) {

        static Outcome of(KeyedOrder earlier, Pending pending) {
            return earlier.bodySha256().equals(pending.bodySha256())
                    ? new Outcome(new Submission(earlier.id(), earlier.status(), true), null)
                    : new Outcome(null, new IdempotencyConflictException(earlier.id()));
        }

        void answer(Pending pending) {
            if (submission != null) {
                pending.answer().complete(submission);
            } else {
                pending.answer().completeExceptionally(refusal);
            }
        }
    }

    public SubmissionWriter(EventOutbox outbox, Clock clock, IntakeConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        Thread thread = new Thread(this::run, "order-writer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(pending -> pending.answer().completeExceptionally(stopping()));
    }

    /** Orders waiting for the writer now. */
    public int waitingCount() {
        return waiting.size();
    }

    /**
     * Stores the order, its first timeline step and its {@code order.received} event, or answers with the order an
     * earlier submission under the same key stored (see {@link OrderService#submit}); blocks until committed.
     */
    public Submission submit(String idempotencyKey, Order order) {
        Pending pending = new Pending(idempotencyKey, order, CanonicalBody.sha256(order), Context.current(),
                new CompletableFuture<>());
        if (!running) {
            throw stopping();
        }
        waiting.add(pending);
        // stop() may have drained the queue just before the add: then nobody would ever answer.
        if (!running && waiting.remove(pending)) {
            throw stopping();
        }
        try {
            return pending.answer().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the order was being stored", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("The order writer failed; its batch is answered with the failure", e);
                batch.forEach(pending -> pending.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<Outcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> store(batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1 || TransientFailures.isDatabaseUnavailable(e)) {
                batch.forEach(pending -> writeAlone(pending, e));
            } else {
                LOG.warnf("A batch of %d orders failed (%s); storing them one at a time", batch.size(), e.toString());
                batch.forEach(this::writeAlone);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            outcomes.get(i).answer(batch.get(i));
        }
    }

    private void writeAlone(Pending pending) {
        try {
            QuarkusTransaction.requiringNew().call(() -> store(List.of(pending))).get(0).answer(pending);
        } catch (RuntimeException e) {
            writeAlone(pending, e);
        }
    }

    /**
     * After a failed write of one order: when another transaction stored the same tenant's key first, the answer is
     * that order (or a conflict); any other failure is the answer.
     */
    private void writeAlone(Pending pending, RuntimeException failure) {
        if (!DatabaseFailures.isIdempotencyKeyClash(failure)) {
            pending.answer().completeExceptionally(failure);
            return;
        }
        try {
            KeyedOrder winner = QuarkusTransaction.requiringNew().call(() -> OrderEntity
                    .findByIdempotencyKeys(List.of(pending.key())).get(pending.key()));
            if (winner == null) {
                pending.answer().completeExceptionally(failure);
            } else {
                Outcome.of(winner, pending).answer(pending);
            }
        } catch (RuntimeException e) {
            pending.answer().completeExceptionally(e);
        }
    }

    /** Stores the batch in the caller's transaction; returns each submission's outcome, in the batch's order. */
    private List<Outcome> store(List<Pending> batch) {
        Map<SubmissionKey, KeyedOrder> stored = OrderEntity.findByIdempotencyKeys(
                batch.stream().map(Pending::key).toList());
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<OrderEntity> accepted = new ArrayList<>(batch.size());
        Instant now = StoredTime.now(clock);
        outbox.holdAppends();
        for (Pending pending : batch) {
            KeyedOrder earlier = stored.get(pending.key());
            if (earlier != null) {
                outcomes.add(Outcome.of(earlier, pending));
                continue;
            }
            OrderEntity order = newOrder(pending, now);
            accepted.add(order);
            stored.put(pending.key(), new KeyedOrder(order.id, pending.bodySha256(), order.status));
            outcomes.add(new Outcome(new Submission(order.id, order.status, false), null));
            try (Scope trace = pending.trace().makeCurrent()) {
                outbox.append(new OrderReceived(order.id, now, pending.order()));
            }
        }
        // All the orders before all their first steps: each table's rows go out in one batch, parents first.
        accepted.forEach(order -> order.persist());
        accepted.forEach(order -> TimelineEntryEntity.step(order.id, "RECEIVED", order.status, now,
                config.serviceName(), null, now).persist());
        outbox.writeHeld();
        return outcomes;
    }

    private static OrderEntity newOrder(Pending pending, Instant now) {
        Order order = pending.order();
        OrderEntity entity = new OrderEntity();
        entity.id = UUID.randomUUID();
        entity.externalReference = order.externalReference();
        entity.authorityCountry = order.issuingAuthority().country();
        entity.authorityName = order.issuingAuthority().name();
        entity.provider = order.provider();
        entity.status = OrderStatus.RECEIVED;
        entity.orderJson = JsonColumns.write(order);
        entity.submittedBy = order.submittedBy();
        entity.idempotencyKey = pending.idempotencyKey();
        entity.bodySha256 = pending.bodySha256();
        entity.receivedAt = now;
        entity.updatedAt = now;
        return entity;
    }

    private static RuntimeException stopping() {
        return new IllegalStateException("request-intake is stopping; nothing was stored",
                new SQLTransientException("the order writer is stopped"));
    }
}
