package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.HoldService;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Optional;
import java.util.UUID;

/** The holds of an order, and the enforcing authority's objection to them. */
@Path("/api/v1/orders/{orderId}/holds")
@Produces(MediaType.APPLICATION_JSON)
public class HoldResource {

    private final HoldService holds;
    private final AccessPolicy access;

    public HoldResource(HoldService holds, AccessPolicy access) {
        this.holds = holds;
        this.access = access;
    }

    /**
     * Every hold for whoever may read the decision; for an authority of a State that may object to a hold, the holds
     * of its own State only (another State's objection and its grounds are not its to read).
     */
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.LEGAL_REVIEWER, Roles.AUTHORITY})
    public List<HoldView> holds(@PathParam("orderId") String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        Optional<String> onlyState = access.requireHoldReader(id);
        return holds.holdsOf(id).stream()
                .filter(timer -> onlyState.map(state -> state.equals(timer.enforcingState)).orElse(true))
                .map(HoldView::of).toList();
    }

    /**
     * Before the window ends, the held outcomes become refusals grounded on the objection (409 when none is open); an
     * objection received in time whose hold the timer released meanwhile still refuses what was not yet delivered.
     * An authority of a hold's enforcing State objects for its State's holds, and is named from its token;
     * a legal reviewer records an objection received through official channels, naming the objecting authority in
     * {@code authority}. Answers the revision it caused (the decision itself is not the objector's to read).
     */
    @POST
    @Path("objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUTHORITY, Roles.LEGAL_REVIEWER})
    public RevisionView object(@PathParam("orderId") String orderId, @Valid @NotNull ObjectionRequest objection) {
        // Before anything waits (for the order's lock, say): an objection is in time if it came before the end.
        Instant arrived = Instant.now();
        UUID id = RequestParameters.uuid(orderId, "orderId");
        Optional<String> country = access.requireObjector(id);
        String objectedBy;
        Instant received = arrived;
        if (country.isPresent()) {
            objectedBy = access.callerName();
        } else if (objection.authority() == null || objection.authority().isBlank()) {
            throw new InvalidRequestException("authority",
                    "must name the objecting authority when a legal reviewer records the objection");
        } else {
            objectedBy = objection.authority().strip() + " (recorded by " + access.callerName() + ")";
            if (objection.receivedAt() != null) {
                if (objection.receivedAt().isAfter(arrived)) {
                    throw new InvalidRequestException("receivedAt", "must not be in the future");
                }
                received = objection.receivedAt();
            }
        }
        return RevisionView.of(holds.object(id, objectedBy, objection.grounds(), country, received,
                access.actor()));
    }
}
