package io.lexroute.gateway.api;

import io.lexroute.gateway.GatewayService;
import io.lexroute.gateway.HoldService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The holds of an order, and the enforcing authority's objection to them. */
@Path("/api/v1/orders/{orderId}/holds")
@Produces(MediaType.APPLICATION_JSON)
public class HoldResource {

    private final HoldService holds;
    private final GatewayService gateway;
    private final AccessPolicy access;

    public HoldResource(HoldService holds, GatewayService gateway, AccessPolicy access) {
        this.holds = holds;
        this.gateway = gateway;
        this.access = access;
    }

    @GET
    public List<HoldView> holds(@PathParam("orderId") String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.ensureIssuingAuthority(id);
        return holds.holdsOf(id).stream().map(HoldView::of).toList();
    }

    /** Before the window ends: the held outcomes become refusals grounded on the objection (409 when none is open). */
    @POST
    @Path("objection")
    @Consumes(MediaType.APPLICATION_JSON)
    public DecisionView object(@PathParam("orderId") String orderId, @Valid @NotNull ObjectionRequest objection) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.ensureEnforcingAuthority(id);
        holds.object(id, objection.authority(), objection.grounds());
        return gateway.overview(id).map(overview -> DecisionView.of(overview, Instant.now())).orElseThrow();
    }
}
