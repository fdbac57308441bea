package io.lexroute.resolver.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.resolver.CaseOrders;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** order.received records as request-intake's outbox writes them, for the tests that play its part. */
final class OrderReceivedRecords {

    private OrderReceivedRecords() {
    }

    static byte[] value(UUID orderId, ObjectNode order) throws IOException {
        ObjectNode event = CaseOrders.JSON.createObjectNode();
        event.put("orderId", orderId.toString());
        event.put("receivedAt", Instant.now().toString());
        event.set("order", order);
        return CaseOrders.JSON.writeValueAsBytes(event);
    }

    static Map<String, String> headers(String eventId, UUID orderId) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, OrderTopic.RECEIVED.eventType(),
                CloudEventHeaders.SOURCE, "request-intake-test",
                CloudEventHeaders.SUBJECT, orderId.toString(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }
}
