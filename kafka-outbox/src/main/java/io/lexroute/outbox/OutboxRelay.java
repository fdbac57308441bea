package io.lexroute.outbox;

import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka, oldest first: deletes them in a transaction that commits only once the broker
 * has acknowledged them (acks=all). A crash before that commit sends them again; consumers skip the repeats by event
 * id.
 * Instances of a service take turns through a PostgreSQL advisory lock so that one order's events keep their order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final OutboxMetrics metrics;
    private final OrderTracing tracing;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Producer<String, byte[]> producer;
    private volatile Instant failingSince;

    public OutboxRelay(DataSource dataSource, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxMetrics metrics,
            OrderTracing tracing) {
        this.dataSource = dataSource;
        this.tracing = tracing;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        producer = KafkaProducers.create(kafkaConfig, config.source() + "-outbox-relay");
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp();
        Thread thread = worker;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a transaction that wrote to the outbox commits. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Events this instance has handed to Kafka since start. */
    public long publishedCount() {
        return published.get();
    }

    /** When the relay's current run of failures began; empty while it works. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** Events committed but not yet acknowledged by Kafka. */
    public long backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void run() {
        Backoff backoff = new Backoff(config.pollInterval());
        while (running) {
            try {
                int relayed = relayBatch();
                failingSince = null;
                backoff.reset();
                if (relayed < config.batchSize()) {
                    wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failed(backoff, e);
            } catch (Error e) {
                // An Error (out of memory, no native thread, a linkage error in a serializer) must not end the only
                // thread that publishes: the rows would pile up while the service looked ready.
                LOG.error("Outbox relay failed with an error", e);
                failed(backoff, e);
            }
        }
    }

    private void failed(Backoff backoff, Throwable e) {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        LOG.warnf("Outbox relay failed, retrying in %d ms: %s", backoff.next().toMillis(), e.toString());
        backoff.pause();
    }

    /** Whether the relay's thread ended while the service runs (nothing publishes this service's events then). */
    public boolean stoppedWhileRunning() {
        Thread thread = worker;
        return running && thread != null && !thread.isAlive();
    }

    private int relayBatch() throws SQLException, InterruptedException, ExecutionException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxEntry> batch = OutboxStatements.take(connection, config.batchSize());
                if (!batch.isEmpty()) {
                    send(batch);
                }
                connection.commit();
                published.addAndGet(batch.size());
                countPublished(batch);
                return batch.size();
            } catch (Throwable e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void countPublished(List<OutboxEntry> batch) {
        batch.stream()
                .collect(Collectors.groupingBy(OutboxEntry::topic, Collectors.counting()))
                .forEach((topic, count) -> metrics.published(topic, count.intValue()));
    }

    private void send(List<OutboxEntry> batch) throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            for (OutboxEntry entry : batch) {
                Span span = tracing.startPublish(entry.topic(), entry.traceparent());
                spans.add(span);
                String traceparent = OrderTracing.traceparentOf(span, entry.traceparent());
                acks.add(KafkaProducers.sendOrFail(producer,
                        EventRecords.toRecord(entry.withTraceparent(traceparent))));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } finally {
            spans.forEach(Span::end);
        }
    }
}
