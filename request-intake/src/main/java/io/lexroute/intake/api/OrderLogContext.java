package io.lexroute.intake.api;

import io.lexroute.contracts.OrderIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/**
 * Puts the order id of a request on one order ({@code /api/v1/orders/{id}...}) into the logging MDC as orderId. Only a
 * well-formed id goes there: the path is the caller's text, and a line break in it would forge a line of the log.
 */
@Provider
public class OrderLogContext implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ORDER_ID = "orderId";

    @Override
    public void filter(ContainerRequestContext request) {
        OrderIds.parse(request.getUriInfo().getPathParameters().getFirst("id"))
                .ifPresent(id -> MDC.put(ORDER_ID, id.toString()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MDC.remove(ORDER_ID);
    }
}
