package io.lexroute.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka and (optionally) PostgreSQL, started together and stopped in reverse order. The lock on the work directory
 * ({@link WorkDirLock}) is taken first and let go last, so that no other stack wipes the directory while this one
 * uses it. {@link #close()} may run from a shutdown hook while {@link #start} is still going:
 * whatever starts after that is stopped at once.
 */
final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration TOPIC_CREATION_TIMEOUT = Duration.ofSeconds(60);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private boolean closed;
    private volatile KafkaBroker kafka;

    /**
     * Locks the work directory, then wipes and starts each server in its own folder of it.
     *
     * @throws IllegalStateException before anything is wiped when another stack holds the work directory or a
     *         requested port is taken
     */
    ReadyLine start(LocalStackOptions options) {
        Path workDir = options.workDir().toAbsolutePath();
        keep(WorkDirLock.acquire(workDir));
        int kafkaPort = FreePort.resolve(options.kafkaPort(), "--kafka-port");
        int controllerPort = FreePort.resolve(options.kafkaControllerPort(), "--kafka-controller-port");
        int postgresPort = options.startPostgres() ? FreePort.resolve(options.postgresPort(), "--postgres-port") : 0;
        // PostgreSQL starts in the background because its initdb mostly waits on the disk.
        CompletableFuture<Optional<String>> jdbcUrl = options.startPostgres()
                ? CompletableFuture.supplyAsync(() -> Optional.of(startPostgres(postgresPort, workDir)))
                : CompletableFuture.completedFuture(Optional.empty());
        String bootstrapServers;
        try {
            bootstrapServers = startKafka(kafkaPort, controllerPort, workDir);
        } catch (RuntimeException e) {
            // Let PostgreSQL finish starting, so that close() knows it and stops it instead of leaving it behind.
            jdbcUrl.exceptionally(ignored -> Optional.empty()).join();
            throw e;
        }
        try {
            return new ReadyLine(bootstrapServers, jdbcUrl.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private String startKafka(int port, int controllerPort, Path workDir) {
        long startedAt = System.nanoTime();
        KafkaBroker broker = keep(KafkaBroker.start(port, controllerPort, workDir.resolve("kafka")));
        kafka = broker;
        LexRouteTopics.createAll(broker.bootstrapServers(), TOPIC_CREATION_TIMEOUT);
        LOG.info("Kafka ready on {} (controller port {}) with {} topics in {} ms",
                broker.bootstrapServers(), controllerPort, LexRouteTopics.all().size(), millisSince(startedAt));
        return broker.bootstrapServers();
    }

    /**
     * Shuts Kafka down cleanly and starts it again on the same ports and log directory (a broker restart, as in a
     * rolling upgrade), and returns once every partition of the order topics answers again.
     */
    Duration restartKafka() {
        KafkaBroker broker = kafka;
        if (broker == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        long startedAt = System.nanoTime();
        broker.restart();
        LexRouteTopics.createAll(broker.bootstrapServers(), TOPIC_CREATION_TIMEOUT);
        LOG.info("Kafka restarted on {} in {} ms", broker.bootstrapServers(), millisSince(startedAt));
        return Duration.ofMillis(millisSince(startedAt));
    }

    private String startPostgres(int port, Path workDir) {
        long startedAt = System.nanoTime();
        PostgresServer postgres = keep(PostgresServer.start(port, workDir.resolve("postgres")));
        LOG.info("PostgreSQL ready at {} in {} ms", postgres.jdbcUrl(), millisSince(startedAt));
        return postgres.jdbcUrl();
    }

    private synchronized <T extends AutoCloseable> T keep(T service) {
        if (closed) {
            stop(service);
            throw new IllegalStateException("The local stack is shutting down");
        }
        running.push(service);
        return service;
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!running.isEmpty()) {
            stop(running.pop());
        }
    }

    private static void stop(AutoCloseable service) {
        String name = service.getClass().getSimpleName();
        try {
            service.close();
            LOG.info("{} stopped", name);
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly", name, e);
        }
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
