package io.lexroute.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The order topics, the CloudEvents type of what each carries, and the JSON Schema of its value. */
public enum OrderTopic {
    RECEIVED("order.received", "io.lexroute.order.received.v1", OrderReceived.class),
    ASSESSED("order.assessed", "io.lexroute.order.assessed.v1", OrderAssessed.class),
    LOCATED("order.located", "io.lexroute.order.located.v1", OrderLocated.class),
    DECIDED("order.decided", "io.lexroute.order.decided.v1", OrderDecided.class),
    CLOSED("order.closed", "io.lexroute.order.closed.v1", OrderClosed.class),
    PACKAGE_RECEIVED("order.package-received", "io.lexroute.order.package-received.v1", OrderPackageReceived.class),
    DEADLINE_PASSED("order.deadline-passed", "io.lexroute.order.deadline-passed.v1", OrderDeadlinePassed.class);

    private final String topic;
    private final String eventType;
    private final Class<? extends OrderEvent> eventClass;

    OrderTopic(String topic, String eventType, Class<? extends OrderEvent> eventClass) {
        this.topic = topic;
        this.eventType = eventType;
        this.eventClass = eventClass;
    }

    public String topic() {
        return topic;
    }

    /** The dead-letter twin, where consumers put records they cannot process. */
    public String deadLetterTopic() {
        return deadLetterTopicOf(topic);
    }

    /** The dead-letter twin of a topic given by name. */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlq";
    }

    public String eventType() {
        return eventType;
    }

    public Class<? extends OrderEvent> eventClass() {
        return eventClass;
    }

    /** Classpath resource of the JSON Schema (draft 2020-12) describing this topic's record value. */
    public String schemaResource() {
        return "/schemas/" + topic + ".v1.schema.json";
    }

    public static OrderTopic of(OrderEvent event) {
        return Arrays.stream(values())
                .filter(t -> t.eventClass.isInstance(event))
                .findFirst()
                .orElseThrow();
    }

    public static Optional<OrderTopic> byEventType(String eventType) {
        return Arrays.stream(values()).filter(t -> t.eventType.equals(eventType)).findFirst();
    }
}
