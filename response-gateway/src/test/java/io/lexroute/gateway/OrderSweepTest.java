package io.lexroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A scheduler tick over the due orders (its transactions real): orders that fail every time stay due and come first,
 * yet the orders behind them are worked in the same tick, and no order is tried twice in one tick.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OrderSweepTest {

    @Test
    void aFullPageOfFailingOrdersDoesNotHoldUpTheOrdersBehindIt() {
        List<UUID> failing = orders(3);
        List<UUID> workable = orders(4);
        List<UUID> due = new ArrayList<>(failing);
        due.addAll(workable);
        List<UUID> tried = new ArrayList<>();

        int done = OrderSweep.each(2, limit -> List.copyOf(due.subList(0, Math.min(limit, due.size()))), orderId -> {
            tried.add(orderId);
            if (failing.contains(orderId)) {
                throw new IllegalStateException("this order's decision cannot be read (test)");
            }
            due.remove(orderId);
            return 1;
        }, "Working the test orders");

        assertThat(done).isEqualTo(4);
        assertThat(due).containsExactlyElementsOf(failing);
        assertThat(tried).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 7).mapToObj(i -> i < 3 ? failing.get(i) : workable.get(i - 3)).toList());
    }

    @Test
    void anOrderThatStaysDueWithoutFailingIsTriedOncePerTick() {
        // Another instance holds its rows (SKIP LOCKED): the work does nothing and the order stays due.
        List<UUID> due = orders(3);
        List<UUID> tried = new ArrayList<>();

        int done = OrderSweep.each(1, limit -> List.copyOf(due.subList(0, Math.min(limit, due.size()))), orderId -> {
            tried.add(orderId);
            return 0;
        }, "Working the test orders");

        assertThat(done).isZero();
        assertThat(tried).containsExactlyElementsOf(due);
    }

    private static List<UUID> orders(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
