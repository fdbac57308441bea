package io.lexroute.intake.messaging;

import io.lexroute.intake.service.OrderService;
import io.lexroute.outbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows each order downstream to keep its status and timeline. One channel per topic, so that each has its own
 * dead-letter twin; the inbox applies every event once and sends records it cannot read to that twin.
 */
@ApplicationScoped
public class OrderProgressConsumer {

    private final EventInbox inbox;
    private final OrderService orders;

    public OrderProgressConsumer(EventInbox inbox, OrderService orders) {
        this.inbox = inbox;
        this.orders = orders;
    }

    @Incoming("order-assessed")
    @Blocking
    public void assessed(ConsumerRecord<String, byte[]> record) {
        inbox.handle(record, orders::onAssessed);
    }

    @Incoming("order-located")
    @Blocking
    public void located(ConsumerRecord<String, byte[]> record) {
        inbox.handle(record, orders::onLocated);
    }

    @Incoming("order-decided")
    @Blocking
    public void decided(ConsumerRecord<String, byte[]> record) {
        inbox.handle(record, orders::onDecided);
    }

    @Incoming("order-closed")
    @Blocking
    public void closed(ConsumerRecord<String, byte[]> record) {
        inbox.handle(record, orders::onClosed);
    }
}
