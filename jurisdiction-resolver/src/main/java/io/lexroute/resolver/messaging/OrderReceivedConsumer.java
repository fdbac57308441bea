package io.lexroute.resolver.messaging;

import io.lexroute.contracts.OrderReceived;
import io.lexroute.outbox.EventInbox;
import io.lexroute.resolver.service.AssessmentService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Assesses each order once, a poll at a time: the poll's orders are locked in one statement, then judged one by one,
 * and their assessments inserted together at the commit. The inbox skips redelivered events and sends records it
 * cannot read (or orders that cannot be judged, such as one without an issue date) to {@code order.received.dlq}.
 */
@ApplicationScoped
public class OrderReceivedConsumer {

    private final EventInbox inbox;
    private final AssessmentService assessments;

    public OrderReceivedConsumer(EventInbox inbox, AssessmentService assessments) {
        this.inbox = inbox;
        this.assessments = assessments;
    }

    @Incoming("order-received")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        inbox.handle(records,
                batch -> assessments.lockAll(batch.stream().map(received -> received.event().orderId()).toList()),
                received -> assessments.assessLocked(received.event(OrderReceived.class)));
    }
}
