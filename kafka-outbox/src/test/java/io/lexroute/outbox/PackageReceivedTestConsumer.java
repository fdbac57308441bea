package io.lexroute.outbox;

import io.lexroute.contracts.OrderPackageReceived;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as every service writes one, on order.package-received: records each event it applies, and refuses a
 * package whose content type is {@link #REFUSED}.
 */
@ApplicationScoped
public class PackageReceivedTestConsumer {

    static final String REFUSED = "application/x-refused-by-the-test";

    private final EventInbox inbox;
    private final EntityManager entityManager;

    public PackageReceivedTestConsumer(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("package-received")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        inbox.handle(records, received -> {
            OrderPackageReceived event = received.event(OrderPackageReceived.class);
            if (REFUSED.equals(event.contentType())) {
                throw new IllegalStateException("the test's handler refuses package " + event.packageId());
            }
            entityManager.persist(new AppliedEvent(received));
        });
    }
}
