package io.lexroute.gateway.messaging;

import io.lexroute.contracts.OrderLocated;
import io.lexroute.gateway.GatewayService;
import io.lexroute.gateway.UndecidedOrders;
import io.lexroute.outbox.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Decides every located order once, a poll at a time: the poll's orders are locked together and those never decided
 * before are found in one query, then each is decided and the poll's rows are written at its commit. Records that are
 * not order events go to {@code order.located.dlq}.
 */
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
        AtomicReference<UndecidedOrders> undecided = new AtomicReference<>();
        inbox.handle(records,
                batch -> undecided.set(service.prepareDecisions(
                        batch.stream().map(event -> event.event().orderId()).toList())),
                event -> service.decide(event.event(OrderLocated.class), event.id(), undecided.get()));
    }
}
