package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.PreservationPeriodService;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The preservation of an order (a European Preservation Order; Regulation (EU) 2023/1543, Art. 11) and what its
 * issuing authority may do to its period: extend it once, confirm that a request for production follows, or withdraw
 * it. Only the authority that submitted the order acts; another party's order is answered like one that does not
 * exist (403). Each action answers the preservation as it now is; one that no longer applies is 409.
 */
@Path("/api/v1/orders/{orderId}/preservation")
@Produces(MediaType.APPLICATION_JSON)
public class PreservationResource {

    private final PreservationPeriodService periods;
    private final AccessPolicy access;

    public PreservationResource(PreservationPeriodService periods, AccessPolicy access) {
        this.periods = periods;
        this.access = access;
    }

    /** For whoever may read the order's decision; 404 when the order has no preservation. */
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.LEGAL_REVIEWER, Roles.AUTHORITY})
    public PreservationView preservation(@PathParam("orderId") String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.requireDecisionReader(id);
        return PreservationView.of(id, periods.tasksOf(id));
    }

    /** The period runs 30 days longer; once, while it runs and no request for production is confirmed. No body. */
    @POST
    @Path("extension")
    @RolesAllowed(Roles.AUTHORITY)
    public PreservationView extend(@PathParam("orderId") String orderId) {
        return bySubmitter(orderId, periods::extend);
    }

    /**
     * A subsequent request for production has been issued: the data is kept until it is served. Within the period,
     * once. JSON, {@code {}} or {@code {"reference": "..."}}: the authority's reference of the request, if it gives
     * one.
     */
    @POST
    @Path("production-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORITY)
    public PreservationView confirmProductionRequest(@PathParam("orderId") String orderId,
            @Valid ProductionRequestConfirmation confirmation) {
        String reference = confirmation == null || confirmation.reference() == null
                || confirmation.reference().isBlank() ? null : confirmation.reference().strip();
        return bySubmitter(orderId, (id, actor) -> periods.confirmProductionRequest(id, reference, actor));
    }

    /** Preservation is no longer necessary: every task still running ends now. No body. */
    @POST
    @Path("withdrawal")
    @RolesAllowed(Roles.AUTHORITY)
    public PreservationView withdraw(@PathParam("orderId") String orderId) {
        return bySubmitter(orderId, periods::withdraw);
    }

    /** {@code action} by the authority that submitted the order, as its actor; answers the preservation as it is. */
    private PreservationView bySubmitter(String orderId,
            BiFunction<UUID, String, List<PreservationTaskEntity>> action) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.requireSubmitter(id);
        return PreservationView.of(id, action.apply(id, access.actor()));
    }
}
