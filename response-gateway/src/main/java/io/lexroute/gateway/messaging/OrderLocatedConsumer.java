package io.lexroute.gateway.messaging;

import io.lexroute.contracts.OrderLocated;
import io.lexroute.gateway.GatewayService;
import io.lexroute.outbox.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Decides every located order once; records that are not order events go to {@code order.located.dlq}. */
@ApplicationScoped
public class OrderLocatedConsumer {

    private final EventInbox inbox;
    private final GatewayService service;

    public OrderLocatedConsumer(EventInbox inbox, GatewayService service) {
        this.inbox = inbox;
        this.service = service;
    }

    @Incoming("order-located")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        inbox.handle(records, event -> service.decide(event.event(OrderLocated.class), event.id()));
    }
}
