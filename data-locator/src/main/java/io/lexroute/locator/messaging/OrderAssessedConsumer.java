package io.lexroute.locator.messaging;

import io.lexroute.contracts.OrderAssessed;
import io.lexroute.locator.LocatorService;
import io.lexroute.locator.LocatorService.PreparedBatch;
import io.lexroute.outbox.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Locates the data of every assessed order, a poll at a time: the catalog is read once for the poll's orders, then
 * each is located against it, unless the order was already located with a newer assessment. Records that are not
 * order events go to {@code order.assessed.dlq}.
 */
@ApplicationScoped
public class OrderAssessedConsumer {

    private final EventInbox inbox;
    private final LocatorService service;

    public OrderAssessedConsumer(EventInbox inbox, LocatorService service) {
        this.inbox = inbox;
        this.service = service;
    }

    @Incoming("order-assessed")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        AtomicReference<PreparedBatch> prepared = new AtomicReference<>();
        inbox.handle(records,
                batch -> prepared.set(service.prepare(
                        batch.stream().map(event -> event.event(OrderAssessed.class)).toList())),
                event -> service.locate(event.event(OrderAssessed.class), prepared.get()));
    }
}
