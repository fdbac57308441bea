package io.lexroute.resolver.messaging;

import io.lexroute.contracts.OrderClosed;
import io.lexroute.outbox.EventInbox;
import io.lexroute.resolver.service.AssessmentService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Remembers closed orders so that a re-assessment leaves them alone; unreadable records go to order.closed.dlq. */
@ApplicationScoped
public class OrderClosedConsumer {

    private final EventInbox inbox;
    private final AssessmentService assessments;

    public OrderClosedConsumer(EventInbox inbox, AssessmentService assessments) {
        this.inbox = inbox;
        this.assessments = assessments;
    }

    @Incoming("order-closed")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        inbox.handle(records, event -> assessments.closed(event.event(OrderClosed.class)));
    }
}
