package io.lexroute.benchmark.kafka;

import io.lexroute.benchmark.report.LatencyFigures;
import io.lexroute.benchmark.report.RelayFigures;
import io.lexroute.benchmark.report.RelayLatency;
import io.lexroute.benchmark.resources.MonitoredProcess;
import io.lexroute.benchmark.resources.ResourceSampler;
import io.lexroute.benchmark.resources.ResourceUsage;
import io.lexroute.outbox.OutboxEntry;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.HdrHistogram.Histogram;

/**
 * The broker's own limit for LexRoute's traffic: messages of the real sizes pushed through four consume → produce
 * hops, each a plain consumer (its own group, offsets committed after each batch is acknowledged) and a plain
 * producer (acks=all, idempotent, linger 2 ms, as the outbox relay sends). No database, no business logic: what is
 * left is Kafka, the clients and this machine.
 *
 * <p>With {@link OutboxDatabase}, each hop also passes every poll through its own inbox and outbox in PostgreSQL
 * ({@link HopOutbox}): the limit of LexRoute's design (a transactional inbox and outbox at every step) on this
 * broker, this database and this machine, without the services.
 *
 * <p>Nothing is timed until the hops are ready: every hop thread has built its producer and passed priming messages
 * on to the last topic (its consumer fetching, its producer connected, its first offsets committed), and the producer
 * that feeds the first topic has its metadata. A start-up stall is thus in no figure.
 */
public final class RawRelay {

    private static final int PARTITIONS = 6;
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Two rounds of one priming message per partition of the first topic: the second passes hops whose first offset
     * commit (and its coordinator lookup) is already done.
     */
    private static final int PRIMING_ROUNDS = 2;
    private static final Duration PRIMING_LIMIT = Duration.ofSeconds(60);
    private static final String PRIMING_KEY_PREFIX = "prime-";
    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public RawRelay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Where the hops of a relay through outboxes keep them: the stack's PostgreSQL, kafka-outbox's tables. */
    public record OutboxDatabase(String jdbcUrl, Path projectDir) {
    }

    /** A relay's figures and, when processes were watched, their usage over its timed window alone. */
    public record RelayRun(RelayFigures figures, Map<String, ResourceUsage> usage) {
    }

    /**
     * Starts and primes the hops, fills the first topic with {@code messages} records cycling through {@code input}
     * while the first hop is held, then releases it and times how long until all of them came out of the last hop (or
     * {@code limit} is over). The CPU of {@code watched} is sampled over that window only.
     */
    public RelayRun run(List<byte[]> input, List<RelayHop> hops, int messages, Duration limit,
            OutboxDatabase database, List<MonitoredProcess> watched) throws Exception {
        List<String> topics = topics(hops.size());
        createTopics(topics);
        Sink sink = new Sink(topics.get(hops.size()), messages, null);
        Hops running = startHops(hops, topics, database, sink);
        String primingNote;
        double prefillPerSecond;
        try (KafkaProducer<String, byte[]> producer = producer("benchmark-relay-prefill")) {
            primingNote = prime(producer, topics.get(0), input, sink);
            running.workers.get(0).hold();
            prefillPerSecond = prefill(producer, topics.get(0), input, messages);
        }
        ResourceSampler sampler = watched.isEmpty() ? null : ResourceSampler.start(watched, SAMPLE_INTERVAL);
        long start = System.nanoTime();
        running.workers.get(0).release();
        long lastAt = sink.await(start + limit.toNanos());
        Map<String, ResourceUsage> usage = sampler == null ? Map.of() : sampler.stop();
        running.stop();
        double elapsed = (lastAt - start) / 1e9;
        int delivered = sink.count.get();
        List<RelayFigures.HopFigures> hopFigures = new ArrayList<>();
        for (HopWorker worker : running.workers) {
            hopFigures.add(new RelayFigures.HopFigures(worker.hop.name(), worker.from, worker.to,
                    worker.hop.meanValueBytes(), worker.hop.meanHeaderBytes()));
        }
        // In the window each message is consumed and produced by every hop, then consumed by the sink.
        int kafkaOperations = 2 * hops.size() + 1;
        return new RelayRun(new RelayFigures(messages, delivered, elapsed, elapsed <= 0 ? 0 : delivered / elapsed,
                prefillPerSecond, kafkaOperations, hopFigures, notes(primingNote, running.note(delivered, messages)),
                null), usage);
    }

    /**
     * Sends {@code ratePerSecond} messages a second for {@code duration} into the first topic while the hops run,
     * open loop: message <i>i</i> is due at <i>start + i / rate</i> and goes out then, whatever came back. Each one's
     * latency is from its due time until it came out of the last hop, so that a stall counts against every message due
     * in it, as in LexRoute's constant-rate runs. Messages not out within {@code limit} after the last one was due
     * are counted as undelivered.
     */
    public RelayLatency runAtRate(List<byte[]> input, List<RelayHop> hops, int ratePerSecond, Duration duration,
            Duration limit, OutboxDatabase database) throws Exception {
        List<String> topics = topics(hops.size());
        createTopics(topics);
        int messages = (int) Math.max(1, ratePerSecond * duration.toSeconds());
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        Sink sink = new Sink(topics.get(hops.size()), messages, latencies);
        Hops running = startHops(hops, topics, database, sink);
        String primingNote;
        long firstDue;
        try (KafkaProducer<String, byte[]> producer = producer("benchmark-relay-paced")) {
            primingNote = prime(producer, topics.get(0), input, sink);
            firstDue = System.nanoTime();
            sink.timeFrom(firstDue, periodNanos);
            for (int i = 0; i < messages; i++) {
                long wait = firstDue + i * periodNanos - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                // Not waited for: the producer's own thread sends (after its 2 ms linger), as HTTP clients would.
                producer.send(new ProducerRecord<>(topics.get(0), key(i), input.get(i % input.size())));
            }
            producer.flush();
        }
        sink.await(firstDue + (messages - 1) * periodNanos + limit.toNanos());
        running.stop();
        int delivered = sink.count.get();
        return new RelayLatency(ratePerSecond, messages, delivered, LatencyFigures.fromMicros(latencies),
                notes(primingNote, running.note(delivered, messages)));
    }

    private List<String> topics(int hops) {
        List<String> topics = new ArrayList<>();
        for (int k = 0; k <= hops; k++) {
            topics.add("benchmark.relay." + tag + "." + k);
        }
        return topics;
    }

    private String key(int index) {
        return "relay-" + tag + "-" + index;
    }

    private static String notes(String first, String second) {
        return first == null ? second : second == null ? first : first + "; " + second;
    }

    /**
     * Sends priming messages into the first topic through {@code producer} and waits until the sink has seen them
     * all, so that the producer has its metadata and connection and every hop has fetched, produced and committed.
     *
     * @return null when the hops passed them on, else why the timed part starts with hops that may not be ready
     */
    private String prime(KafkaProducer<String, byte[]> producer, String firstTopic, List<byte[]> input, Sink sink)
            throws InterruptedException {
        producer.partitionsFor(firstTopic);
        long deadline = System.nanoTime() + PRIMING_LIMIT.toNanos();
        int sent = 0;
        for (int round = 0; round < PRIMING_ROUNDS; round++) {
            for (int p = 0; p < PARTITIONS; p++) {
                producer.send(new ProducerRecord<>(firstTopic, p, PRIMING_KEY_PREFIX + tag + "-" + sent,
                        input.get(sent % input.size())));
                sent++;
            }
            producer.flush();
            if (!sink.awaitPrimed(sent, deadline)) {
                return "not primed: " + sink.primed.get() + " of " + sent + " priming messages out within "
                        + PRIMING_LIMIT.toSeconds() + " s";
            }
        }
        return null;
    }

    private Hops startHops(List<RelayHop> hops, List<String> topics, OutboxDatabase database, Sink sink)
            throws Exception {
        List<HopWorker> workers = new ArrayList<>();
        for (int k = 0; k < hops.size(); k++) {
            HopOutbox outbox = database == null ? null
                    : HopOutbox.create(database.jdbcUrl(), database.projectDir(), "benchmark_relay_" + tag + "_" + k);
            workers.add(new HopWorker(hops.get(k), topics.get(k), topics.get(k + 1),
                    "benchmark-relay-" + tag + "-" + k, outbox));
        }
        List<Thread> threads = new ArrayList<>();
        threads.add(start(sink, "relay-sink"));
        for (HopWorker worker : workers) {
            threads.add(start(worker, "relay-hop-" + worker.hop.name()));
        }
        return new Hops(workers, sink, threads);
    }

    /** The hop threads and the sink of one relay. */
    private record Hops(List<HopWorker> workers, Sink sink, List<Thread> threads) {

        void stop() throws InterruptedException {
            workers.forEach(HopWorker::stop);
            sink.stop();
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            }
        }

        /** Why fewer than {@code expected} messages came out, or null. */
        String note(int delivered, int expected) {
            if (delivered >= expected) {
                return null;
            }
            String failures = workers.stream().map(worker -> worker.failure).filter(Objects::nonNull)
                    .map(Exception::toString).collect(Collectors.joining("; "));
            return failures.isEmpty() ? "stopped by the time limit" : "a hop failed: " + failures;
        }
    }

    private void createTopics(List<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics.stream().map(name -> new NewTopic(name, PARTITIONS, (short) 1)).toList())
                    .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            awaitServingLeaders(admin, topics);
        }
    }

    /**
     * A new partition's leader is named a moment before it serves; an idempotent producer that sends in that moment
     * can wedge on OUT_OF_ORDER_SEQUENCE_NUMBER retries. Each partition answering a ListOffsets means it serves.
     */
    private static void awaitServingLeaders(Admin admin, List<String> topics) throws InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            try {
                admin.listOffsets(latest).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException | TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the relay topics have partitions that do not serve yet", notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    private double prefill(KafkaProducer<String, byte[]> producer, String topic, List<byte[]> input, int messages) {
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            producer.send(new ProducerRecord<>(topic, key(i), input.get(i % input.size())));
        }
        producer.flush();
        return messages / ((System.nanoTime() - start) / 1e9);
    }

    private KafkaProducer<String, byte[]> producer(String clientId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private KafkaConsumer<String, byte[]> consumer(String topic, String groupId) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        // Assigned rather than subscribed: every partition at once, no join or rebalance in the timed window.
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new TopicPartition(topic, p));
        }
        consumer.assign(partitions);
        return consumer;
    }

    private static Thread start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Consumes a topic, produces each record on to the next with the hop's real bytes (through its outbox, when it
     * has one), commits after each batch.
     */
    private final class HopWorker implements Runnable {
        private final RelayHop hop;
        private final String from;
        private final String to;
        private final String groupId;
        private final KafkaConsumer<String, byte[]> consumer;
        private final HopOutbox outbox;
        private volatile boolean running = true;
        private volatile Exception failure;
        private volatile CountDownLatch gate;
        private volatile boolean holding;
        private long sequence;

        HopWorker(RelayHop hop, String from, String to, String groupId, HopOutbox outbox) {
            this.hop = hop;
            this.from = from;
            this.to = to;
            this.groupId = groupId;
            this.consumer = consumer(from, groupId);
            this.outbox = outbox;
        }

        @Override
        public void run() {
            try (KafkaProducer<String, byte[]> producer = producer(groupId)) {
                while (running) {
                    CountDownLatch closed = gate;
                    if (closed != null) {
                        holding = true;
                        closed.await();
                        holding = false;
                        continue;
                    }
                    ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                    if (records.isEmpty()) {
                        continue;
                    }
                    if (outbox == null) {
                        for (ConsumerRecord<String, byte[]> record : records) {
                            RecordSample out = hop.record(sequence++);
                            producer.send(new ProducerRecord<>(to, null, record.key(), out.value(), out.headers()));
                        }
                        producer.flush();
                    } else {
                        throughOutbox(records, producer);
                    }
                    consumer.commitAsync();
                }
            } catch (WakeupException | InterruptedException stopping) {
                // stop() woke the poll
            } catch (Exception e) {
                failure = e;
            } finally {
                commitPending();
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
                closeOutbox();
            }
        }

        private void throughOutbox(ConsumerRecords<String, byte[]> records, KafkaProducer<String, byte[]> producer)
                throws Exception {
            List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
            List<OutboxEntry> outputs = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> record : records) {
                polled.add(record);
                outputs.add(HopOutbox.entry(to, record.key(), hop.record(sequence++)));
            }
            outbox.store(polled, outputs);
            outbox.relay(entries -> {
                List<Future<RecordMetadata>> acks = new ArrayList<>(entries.size());
                for (OutboxEntry entry : entries) {
                    acks.add(producer.send(new ProducerRecord<>(entry.topic(), null, entry.key(), entry.payload(),
                            hop.record(entry.id()).headers())));
                }
                producer.flush();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get();
                }
            });
        }

        private void closeOutbox() {
            if (outbox != null) {
                try {
                    outbox.close();
                } catch (SQLException e) {
                    // the relay is over; the schema is dropped with the stack's database
                }
            }
        }

        /** Lets the asynchronous commits still in flight finish, so that closing does not cut them off. */
        private void commitPending() {
            try {
                consumer.commitSync(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                // the relay is over; its offsets no longer matter
            }
        }

        /** Stops the hop before its next poll; returns once it waits there. */
        void hold() throws InterruptedException {
            gate = new CountDownLatch(1);
            while (!holding && running && failure == null) {
                Thread.sleep(1);
            }
        }

        void release() {
            CountDownLatch closed = gate;
            gate = null;
            if (closed != null) {
                closed.countDown();
            }
        }

        void stop() {
            running = false;
            release();
            consumer.wakeup();
        }
    }

    /**
     * Counts what comes out of the last hop and notes when the last expected message arrived; with a histogram, also
     * records each message's latency from its due time (known from the index in its key). Priming messages are
     * counted apart.
     */
    private final class Sink implements Runnable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final int expected;
        private final Histogram latencies;
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicInteger primed = new AtomicInteger();
        private final AtomicLong lastAt = new AtomicLong();
        private volatile long firstDue;
        private volatile long periodNanos;
        private volatile boolean running = true;

        Sink(String topic, int expected, Histogram latencies) {
            this.consumer = consumer(topic, "benchmark-relay-" + tag + "-sink");
            this.expected = expected;
            this.latencies = latencies;
        }

        /** Message i was due at {@code firstDue + i * periodNanos}; set before the first one is sent. */
        void timeFrom(long firstDueNanos, long period) {
            this.periodNanos = period;
            this.firstDue = firstDueNanos;
        }

        @Override
        public void run() {
            try {
                while (running && count.get() < expected) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                    if (records.isEmpty()) {
                        continue;
                    }
                    long now = System.nanoTime();
                    int measured = 0;
                    for (ConsumerRecord<String, byte[]> record : records) {
                        if (record.key().startsWith(PRIMING_KEY_PREFIX)) {
                            primed.incrementAndGet();
                            continue;
                        }
                        measured++;
                        if (latencies != null) {
                            long index = Long.parseLong(record.key().substring(record.key().lastIndexOf('-') + 1));
                            long due = firstDue + index * periodNanos;
                            latencies.recordValue(Math.max(0, now - due) / 1000);
                        }
                    }
                    if (measured > 0) {
                        count.addAndGet(measured);
                        lastAt.set(now);
                    }
                }
            } catch (WakeupException stopping) {
                // stop() woke the poll
            } finally {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            }
        }

        /** Waits until {@code expectedPrimed} priming messages arrived; false if the deadline came first. */
        boolean awaitPrimed(int expectedPrimed, long deadline) throws InterruptedException {
            while (primed.get() < expectedPrimed && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            return primed.get() >= expectedPrimed;
        }

        /** Waits until every message arrived or the deadline; returns when the last one arrived (or now). */
        long await(long deadline) throws InterruptedException {
            while (count.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return count.get() >= expected ? lastAt.get() : System.nanoTime();
        }

        void stop() {
            running = false;
            consumer.wakeup();
        }
    }
}
