package io.lexroute.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An event a test's handler applied, written in the inbox's transaction (table from db/outbox-test). */
@Entity
@Table(name = "applied_event")
public class AppliedEvent {

    @Id
    @Column(name = "event_id")
    private String eventId;

    private String topic;

    @Column(name = "order_id")
    private UUID orderId;

    protected AppliedEvent() {
    }

    AppliedEvent(ReceivedEvent received) {
        this.eventId = received.id();
        this.topic = received.topic().topic();
        this.orderId = received.event().orderId();
    }
}
