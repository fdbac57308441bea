package io.lexroute.outbox;

import java.util.Locale;
import java.util.UUID;

/**
 * {@link EventOutbox#append} refused an event whose JSON is larger than {@code lexroute.outbox.max-event-bytes}: Kafka
 * would refuse its record on every attempt, and the relay, which sends the oldest rows first, would stop there for
 * every later event of the service. Nothing was written; the caller's transaction is marked for rollback.
 *
 * <p>Retrying cannot help (it is not {@link TransientFailures#isTransient transient}): in a consumer, the inbox puts
 * the record whose handler appended the event on its dead-letter topic; on an API, the request asked for more than
 * one event can carry.
 */
public class EventTooLargeException extends RuntimeException {

    private final String eventType;
    private final UUID orderId;
    private final int size;
    private final int limit;

    public EventTooLargeException(String eventType, UUID orderId, int size, int limit) {
        super(String.format(Locale.ROOT, "%s event of order %s is %,d bytes of JSON, more than the %,d bytes the"
                + " outbox accepts (lexroute.outbox.max-event-bytes): Kafka would refuse it", eventType, orderId, size,
                limit));
        this.eventType = eventType;
        this.orderId = orderId;
        this.size = size;
        this.limit = limit;
    }

    /** The CloudEvents type of the refused event, e.g. {@code io.lexroute.order.located.v1}. */
    public String eventType() {
        return eventType;
    }

    public UUID orderId() {
        return orderId;
    }

    /** The size of the event's JSON, in bytes. */
    public int size() {
        return size;
    }

    /** {@code lexroute.outbox.max-event-bytes}. */
    public int limit() {
        return limit;
    }
}
