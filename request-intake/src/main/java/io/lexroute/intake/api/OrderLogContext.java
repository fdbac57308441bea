package io.lexroute.intake.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Puts the order id of a request on one order ({@code /api/v1/orders/{id}...}) into the logging MDC as orderId. */
@Provider
public class OrderLogContext implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ORDER_ID = "orderId";

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id != null) {
            MDC.put(ORDER_ID, id);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MDC.remove(ORDER_ID);
    }
}
