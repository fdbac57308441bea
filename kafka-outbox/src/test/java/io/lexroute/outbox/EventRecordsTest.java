package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderEvent;
import io.lexroute.contracts.OrderPackageReceived;
import io.lexroute.contracts.OrderStatus;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Reading a record as an order event: a value that its topic's JSON Schema refuses is a poison record. */
class EventRecordsTest {

    private static final UUID ORDER = UUID.fromString("0b7e4f5c-2d1a-4c3e-8f9a-1e2d3c4b5a69");
    private static final OrderPackageReceived PACKAGE = new OrderPackageReceived(ORDER, UUID.randomUUID(),
            DataCategory.CONTENT, "IE", "content.zip", "application/zip", 3, "a".repeat(64),
            Instant.parse("2026-12-07T10:00:00Z"), "https://gateway.example/api/v1/orders/x/packages/y");

    @Test
    void aValueThatMatchesItsSchemaIsRead() {
        OrderClosed closed = new OrderClosed(ORDER, OrderStatus.DELIVERED, Instant.parse("2026-12-07T10:00:00Z"),
                "every package arrived");

        ReceivedEvent event = EventRecords.parse(record(closed, json -> { }));

        assertThat(event.event()).isEqualTo(closed);
        assertThat(EventRecords.parse(record(PACKAGE, json -> { })).event()).isEqualTo(PACKAGE);
    }

    @Test
    void aRequiredFieldLeftOutIsNamed() {
        OrderClosed closed = new OrderClosed(ORDER, OrderStatus.DELIVERED, Instant.now(), null);

        assertThatThrownBy(() -> EventRecords.parse(record(closed, json -> json.remove("status"))))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("order.closed.v1.schema.json")
                .hasMessageContaining("status");
    }

    @Test
    void aCountryThatIsNoCountryCodeIsRefusedRatherThanCompared() {
        assertThatThrownBy(() -> EventRecords.parse(record(PACKAGE, json -> json.put("location", "IRL"))))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("location")
                .hasMessageContaining("^[A-Z]{2}$");
        assertThatThrownBy(() -> EventRecords.parse(record(PACKAGE, json -> json.put("size", -1))))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("size");
    }

    @Test
    void jsonThatIsNoEventAtAllIsStillNamedAsSuch() {
        ConsumerRecord<String, byte[]> broken = withValue(record(PACKAGE, json -> { }), "{\"orderId\": ".getBytes());

        assertThatThrownBy(() -> EventRecords.parse(broken))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("is not valid JSON");
    }

    private static ConsumerRecord<String, byte[]> record(OrderEvent event, Consumer<ObjectNode> change) {
        ProducerRecord<String, byte[]> sent = EventRecords.toRecord(event, "test");
        ObjectNode json = EventJson.mapper().valueToTree(event);
        change.accept(json);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0L, sent.key(),
                EventJson.write(json));
        sent.headers().forEach(header -> record.headers().add(header));
        return record;
    }

    private static ConsumerRecord<String, byte[]> withValue(ConsumerRecord<String, byte[]> record, byte[] value) {
        ConsumerRecord<String, byte[]> changed = new ConsumerRecord<>(record.topic(), 0, 0L, record.key(), value);
        record.headers().forEach(header -> changed.headers().add(header));
        return changed;
    }
}
