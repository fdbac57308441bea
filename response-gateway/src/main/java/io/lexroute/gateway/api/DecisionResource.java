package io.lexroute.gateway.api;

import io.lexroute.gateway.GatewayService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The gateway's decisions. Not yet restricted to the issuing authority: authentication comes later. */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final GatewayService service;

    public DecisionResource(GatewayService service) {
        this.service = service;
    }

    /** The latest revision of the decision on an order. */
    @GET
    @Path("{orderId}")
    public DecisionView latest(@PathParam("orderId") String orderId) {
        UUID id = parse(orderId);
        return service.latestDecision(id)
                .map(DecisionView::of)
                .orElseThrow(() -> new DecisionNotFoundException(id));
    }

    private static UUID parse(String orderId) {
        try {
            return UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            throw new InvalidOrderIdException();
        }
    }
}
