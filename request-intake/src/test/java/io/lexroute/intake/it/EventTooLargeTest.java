package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.orderCount;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.intake.ValidOrders;
import io.lexroute.intake.persistence.OrderEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An order whose {@code order.received} event would be larger than the outbox accepts is a 413 problem, and nothing
 * of it is stored. With the default limit (1,000,000 bytes) no order the API accepts gets there (bodies stop at
 * 256 KB, and the order's fields are bounded), so this test lowers the limit.
 */
@QuarkusTest
@TestProfile(EventTooLargeTest.SmallEvents.class)
class EventTooLargeTest {

    static final int LIMIT = 2_000;

    public static class SmallEvents implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lexroute.outbox.max-event-bytes", Integer.toString(LIMIT));
        }
    }

    @Test
    void anOrderWhoseEventWouldBeTooLargeIs413AndNothingIsStored() {
        String reference = "BE-TOO-LARGE-" + UUID.randomUUID();
        ObjectNode order = ValidOrders.node(reference);
        ((ObjectNode) order.get("offence")).put("description", "fraud ".repeat(300).strip());
        String key = newKey();
        long ordersBefore = orderCount();

        submit(key, ValidOrders.json(order)).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lexroute:problem:payload-too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString("more than the " + LIMIT + " bytes an event may carry"))
                .body("detail", containsString("nothing was stored"))
                .body("violations[0].field", equalTo("body"));

        assertThat(ordersWithReference(reference)).isZero();
        assertThat(orderCount()).isEqualTo(ordersBefore);
        // The key was not kept either: the same key with a smaller order is a new order, not a conflict.
        ((ObjectNode) order.get("offence")).put("description", "fraud");
        submit(key, ValidOrders.json(order)).then().statusCode(202).body("status", equalTo("RECEIVED"));
        assertThat(ordersWithReference(reference)).isEqualTo(1);
    }

    private static long ordersWithReference(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> OrderEntity.count("externalReference", reference));
    }
}
