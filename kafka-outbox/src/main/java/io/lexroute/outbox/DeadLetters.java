package io.lexroute.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderTopic;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Puts a consumed record that cannot be applied on {@code <topic>.dlq}, as it came (key, value, headers), with why in
 * the headers SmallRye Reactive Messaging's dead-letter queue writes, so that the tools reading those topics read
 * both alike. The send is retried until Kafka acknowledges it: the record's offset is committed only afterwards, so
 * a record is never dropped, and at worst dead-lettered twice after a crash.
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

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private Producer<String, byte[]> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config,
            OutboxMetrics metrics) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.metrics = metrics;
    }

    /** Sends {@code record} to its dead-letter topic and waits for the broker's acknowledgement. */
    public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        ProducerRecord<String, byte[]> deadLetter = deadLetterOf(record, reason);
        LOG.errorf("Dead-lettering %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(),
                deadLetter.topic(), reason.toString());
        Backoff backoff = new Backoff(FIRST_BACKOFF);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                producer().send(deadLetter).get();
                metrics.deadLettered(record.topic());
                return;
            } catch (ExecutionException | RuntimeException e) {
                LOG.warnf("Could not dead-letter %s-%d@%d yet, retrying in %d ms: %s", record.topic(),
                        record.partition(), record.offset(), backoff.next().toMillis(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            backoff.pause();
        }
        throw new IllegalStateException("interrupted while dead-lettering " + record.topic());
    }

    static ProducerRecord<String, byte[]> deadLetterOf(ConsumerRecord<String, byte[]> record, Throwable reason) {
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
        return deadLetter;
    }

    // Made on the first dead letter: most services never need one.
    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = KafkaProducers.create(kafkaConfig, config.source() + "-dead-letters");
        }
        return producer;
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(UTF_8));
    }
}
