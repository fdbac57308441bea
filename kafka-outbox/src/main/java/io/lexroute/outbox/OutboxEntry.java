package io.lexroute.outbox;

import io.lexroute.contracts.OrderEvent;
import io.lexroute.contracts.OrderTopic;
import java.time.Instant;
import java.util.UUID;

/** One event waiting in the outbox, exactly as it will be sent. */
public record OutboxEntry(
        long id,
        UUID eventId,
        String topic,
        String key,
        String eventType,
        String source,
        Instant occurredAt,
        String traceparent,
        byte[] payload) {

    static OutboxEntry of(OrderEvent event, String source, Instant occurredAt, String traceparent) {
        OrderTopic topic = OrderTopic.of(event);
        return new OutboxEntry(0, UUID.randomUUID(), topic.topic(), event.orderId().toString(), topic.eventType(),
                source, occurredAt, traceparent, EventJson.write(event));
    }

    OutboxEntry withTraceparent(String newTraceparent) {
        return new OutboxEntry(id, eventId, topic, key, eventType, source, occurredAt, newTraceparent, payload);
    }
}
