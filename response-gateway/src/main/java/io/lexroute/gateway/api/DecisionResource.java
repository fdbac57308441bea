package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.GatewayService;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.NothingFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** The gateway's decisions. */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final GatewayService service;
    private final AccessPolicy access;
    private final GatewayConfig config;

    public DecisionResource(GatewayService service, AccessPolicy access, GatewayConfig config) {
        this.service = service;
        this.access = access;
        this.config = config;
    }

    /**
     * The latest revision of the decision on an order, with deadline, release tasks and closure: for operators, legal
     * reviewers and the authority that submitted the order.
     */
    @GET
    @Path("{orderId}")
    @RolesAllowed({Roles.OPERATOR, Roles.LEGAL_REVIEWER, Roles.AUTHORITY})
    public DecisionView latest(@PathParam("orderId") String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.requireDecisionReader(id);
        return service.overview(id)
                .map(overview -> DecisionView.of(overview, Instant.now(), config.publicUrl()))
                .orElseThrow(() -> new NothingFoundException("No decision has been reached on order " + id + "."));
    }
}
