package io.lexroute.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderTopic;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Puts a consumed record that cannot be applied on {@code <topic>.dlq}, as it came (key, value, headers), with why in
 * the headers SmallRye Reactive Messaging's dead-letter queue writes, so that the tools reading those topics read
 * both alike. The send is retried until Kafka acknowledges it: the record's offset is committed only afterwards, so
 * a record is never dropped, and at worst dead-lettered twice after a crash. Meanwhile the consumer waits, and
 * {@link DeadLetterReadiness} reports DOWN with the failure. Once the application stops, nothing is dead-lettered
 * ({@link ApplicationStoppingException}).
 *
 * <p>A record near Kafka's size limit may fit where it came from but not with the dead-letter headers added; Kafka
 * refuses that dead letter on every attempt ({@code RecordTooLargeException}), so it goes without its value instead:
 * key and headers as they came, {@value #VALUE_OMITTED} {@code true} and the value's size in {@value #VALUE_SIZE}.
 *
 * <p>Several services read the same topics, so a dead letter also names who refused it: the service
 * ({@value #SERVICE}, its {@code quarkus.application.name}) and the consumer group whose channel reads the record's
 * topic ({@value #CONSUMER_GROUP}, see {@link ConsumerGroups}); a header whose value is not known is left out.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** The consumer group of the service's channel that could not apply the record. */
    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";
    /** The service that could not apply the record: its {@code quarkus.application.name}. */
    public static final String SERVICE = "dead-letter-service";
    /** {@code true} on a dead letter sent without the record's value, which made it too large for Kafka. */
    public static final String VALUE_OMITTED = "dead-letter-value-omitted";
    /** On a dead letter without its value: the size of the value left out, in bytes. */
    public static final String VALUE_SIZE = "dead-letter-value-size";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Optional<String> service;
    private final ConsumerGroups consumerGroups;
    private final AtomicLong sends = new AtomicLong();
    private final Map<Long, Failure> failures = new ConcurrentHashMap<>();
    private Producer<String, byte[]> producer;
    private volatile boolean stopped;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config,
            OutboxMetrics metrics, Config mpConfig) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.metrics = metrics;
        this.service = mpConfig.getOptionalValue("quarkus.application.name", String.class);
        this.consumerGroups = ConsumerGroups.of(mpConfig, kafkaConfig);
    }

    /**
     * Sends {@code record} to its dead-letter topic and waits for the broker's acknowledgement, without its value if
     * Kafka finds it too large.
     */
    public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        ProducerRecord<String, byte[]> deadLetter = deadLetterOf(record, reason,
                new RefusedBy(service, consumerGroups.of(record.topic())));
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        requireRunning(where, reason);
        LOG.errorf("Dead-lettering %s to %s: %s", where, deadLetter.topic(), reason.toString());
        Long send = sends.incrementAndGet();
        Backoff backoff = new Backoff(FIRST_BACKOFF);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                requireRunning(where, reason);
                Throwable failure;
                try {
                    producer().send(deadLetter).get();
                    metrics.deadLettered(record.topic());
                    return;
                } catch (ExecutionException e) {
                    failure = e.getCause() == null ? e : e.getCause();
                    if (failure instanceof RecordTooLargeException && deadLetter.value() != null) {
                        LOG.errorf("The dead letter of %s is too large for Kafka (%s); sending it without its value"
                                + " of %d bytes, which only %s keeps, until its retention ends", where,
                                failure.getMessage(), deadLetter.value().length, record.topic());
                        deadLetter = withoutValue(deadLetter);
                        continue;
                    }
                } catch (RuntimeException e) {
                    failure = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                Failure current = new Failure(where, deadLetter.topic(), Instant.now(), failure.toString());
                failures.merge(send, current, (first, latest) -> new Failure(first.record(), first.deadLetterTopic(),
                        first.since(), latest.cause()));
                LOG.warnf("Could not dead-letter %s to %s yet, retrying in %d ms: %s", where, deadLetter.topic(),
                        backoff.next().toMillis(), failure.toString());
                backoff.pause();
            }
        } finally {
            failures.remove(send);
        }
        throw new IllegalStateException("interrupted while dead-lettering " + where);
    }

    private void requireRunning(String where, Throwable reason) {
        if (stopped) {
            throw new ApplicationStoppingException("stopped before " + where + " was dead-lettered", reason);
        }
    }

    /** The dead letters being sent now that Kafka has refused at least once, the longest failing first. */
    public List<Failure> failures() {
        return failures.values().stream().sorted(Comparator.comparing(Failure::since)).toList();
    }

    /** A dead letter that Kafka has not taken yet: which record, since when, and the last failure. */
    public record Failure(String record, String deadLetterTopic, Instant since, String cause) {
    }

    /** Who could not apply a record: the service and its consumer group, where known. */
    record RefusedBy(Optional<String> service, Optional<String> consumerGroup) {
    }

    static ProducerRecord<String, byte[]> deadLetterOf(ConsumerRecord<String, byte[]> record, Throwable reason,
            RefusedBy refusedBy) {
        ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(OrderTopic.deadLetterTopicOf(record.topic()),
                record.key(), record.value());
        for (Header header : record.headers()) {
            deadLetter.headers().add(header);
        }
        add(deadLetter, REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        add(deadLetter, EXCEPTION_CLASS_NAME, reason.getClass().getName());
        Throwable cause = reason.getCause();
        if (cause != null && cause != reason) {
            add(deadLetter, CAUSE, cause.getMessage() == null ? cause.toString() : cause.getMessage());
            add(deadLetter, CAUSE_CLASS_NAME, cause.getClass().getName());
        }
        add(deadLetter, TOPIC, record.topic());
        add(deadLetter, PARTITION, Integer.toString(record.partition()));
        add(deadLetter, OFFSET, Long.toString(record.offset()));
        // An earlier refusal's names (a record put back by hand with its headers) must not stand for this one's.
        deadLetter.headers().remove(SERVICE);
        deadLetter.headers().remove(CONSUMER_GROUP);
        refusedBy.service().ifPresent(service -> add(deadLetter, SERVICE, service));
        refusedBy.consumerGroup().ifPresent(group -> add(deadLetter, CONSUMER_GROUP, group));
        return deadLetter;
    }

    /** {@code deadLetter} without its value, which made it too large for Kafka: the same key and headers. */
    static ProducerRecord<String, byte[]> withoutValue(ProducerRecord<String, byte[]> deadLetter) {
        int size = deadLetter.value() == null ? 0 : deadLetter.value().length;
        ProducerRecord<String, byte[]> reduced = new ProducerRecord<>(deadLetter.topic(), deadLetter.key(), null);
        for (Header header : deadLetter.headers()) {
            reduced.headers().add(header);
        }
        add(reduced, VALUE_OMITTED, "true");
        add(reduced, VALUE_SIZE, Integer.toString(size));
        return reduced;
    }

    // Made on the first dead letter: most services never need one.
    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = KafkaProducers.create(kafkaConfig, config.source() + "-dead-letters");
        }
        return producer;
    }

    /**
     * From here on a dead letter is not sent: its record stays unacknowledged, to be applied (or dead-lettered) at the
     * next start, rather than the stop waiting on a producer that is closed.
     */
    synchronized void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(UTF_8));
    }
}
