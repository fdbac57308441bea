package io.lexroute.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.access.AccessDeniedException;
import org.junit.jupiter.api.Test;

class OrderScopeTest {

    @Test
    void anAuthorityCoversOnlyItsOwnOrders() {
        OrderScope antwerp = OrderScope.ownOrdersOf("be-antwerp-court");

        assertThat(antwerp.covers("be-antwerp-court")).isTrue();
        assertThat(antwerp.covers("be-ghent-court")).isFalse();
        assertThat(antwerp.covers(null)).as("an order from before tenants").isFalse();
    }

    @Test
    void everyOrderCoversOrdersOfAnyTenantAndNone() {
        assertThat(OrderScope.everyOrder().covers("be-antwerp-court")).isTrue();
        assertThat(OrderScope.everyOrder().covers(null)).isTrue();
    }

    @Test
    void anAuthorityGetsOneDenialForEveryIdItCannotSee() {
        OrderScope antwerp = OrderScope.ownOrdersOf("be-antwerp-court");

        RuntimeException forMissing = antwerp.unknownOrder("1d3f0c1e-0000-4000-8000-000000000000");
        RuntimeException forMalformed = antwerp.unknownOrder("not-an-id");

        assertThat(forMissing).isInstanceOf(AccessDeniedException.class).hasMessage(OrderScope.NOT_YOURS);
        assertThat(forMalformed).isInstanceOf(AccessDeniedException.class).hasMessage(OrderScope.NOT_YOURS);
    }

    @Test
    void everyOrderScopeSaysNotFound() {
        assertThat(OrderScope.everyOrder().unknownOrder("not-an-id")).isInstanceOf(OrderNotFoundException.class);
    }
}
