package io.lexroute.outbox;

import io.lexroute.contracts.OrderEvent;
import io.lexroute.contracts.OrderTopic;
import java.time.Instant;

/** An order event read from Kafka, with the CloudEvents attributes it came with. */
public record ReceivedEvent(String id, OrderTopic topic, String source, Instant time, String traceparent, OrderEvent event) {

    public <E extends OrderEvent> E event(Class<E> type) {
        return type.cast(event);
    }
}
