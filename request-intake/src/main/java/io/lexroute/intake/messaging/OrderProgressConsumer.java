package io.lexroute.intake.messaging;

import io.lexroute.intake.service.OrderService;
import io.lexroute.outbox.EventInbox;
import io.lexroute.outbox.PoisonRecordException;
import io.lexroute.outbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows each order downstream to keep its status, timeline and package manifest: order.assessed, order.located,
 * order.decided, order.closed, order.package-received and order.deadline-passed in one channel, each poll applied by
 * the inbox in one transaction: the poll's orders are locked in one query, its events applied to them in memory, and
 * the updates and timeline steps written together at the commit. A record the inbox cannot apply goes to the
 * dead-letter twin of its topic.
 */
@ApplicationScoped
public class OrderProgressConsumer {

    private final EventInbox inbox;
    private final OrderService orders;

    public OrderProgressConsumer(EventInbox inbox, OrderService orders) {
        this.inbox = inbox;
        this.orders = orders;
    }

    @Incoming("order-progress")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        inbox.handle(records, orders::lockOrdersOf, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.topic()) {
            case ASSESSED -> orders.onAssessed(event);
            case LOCATED -> orders.onLocated(event);
            case DECIDED -> orders.onDecided(event);
            case CLOSED -> orders.onClosed(event);
            case PACKAGE_RECEIVED -> orders.onPackageReceived(event);
            case DEADLINE_PASSED -> orders.onDeadlinePassed(event);
            default -> throw new PoisonRecordException(event.topic().eventType() + " " + event.id()
                    + " is not an event request-intake follows");
        }
    }
}
