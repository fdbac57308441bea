package io.lexroute.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which order id a request puts into the log's context, without Quarkus. */
class OrderLogContextTest {

    private final OrderLogContext context = new OrderLogContext();

    @AfterEach
    void clearContext() {
        MDC.remove(OrderLogContext.ORDER_ID);
    }

    @Test
    void aWellFormedOrderIdIsLogged() {
        UUID id = UUID.randomUUID();

        context.filter(requestFor(id.toString()));

        assertThat(MDC.get(OrderLogContext.ORDER_ID)).isEqualTo(id.toString());
    }

    @Test
    void anIdCarryingALineBreakIsNot() {
        // What JAX-RS hands over, decoded, for /api/v1/orders/x%0A...
        context.filter(requestFor("x\n2026-12-07 19:00:00,000 INFO  [io.lexroute] forged"));

        assertThat(MDC.get(OrderLogContext.ORDER_ID)).isNull();
    }

    private static ContainerRequestContext requestFor(String id) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.putSingle("id", id);
        UriInfo uri = OneMethodStub.of(UriInfo.class, "getPathParameters", parameters);
        return OneMethodStub.of(ContainerRequestContext.class, "getUriInfo", uri);
    }
}
