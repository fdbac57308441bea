package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.AuditLog;
import io.lexroute.gateway.domain.NothingFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The audit entries of one order, for operators and legal reviewers. */
@Path("/api/v1/orders/{orderId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OrderAuditResource {

    private final AuditLog audit;

    public OrderAuditResource(AuditLog audit) {
        this.audit = audit;
    }

    /** Oldest first, as chained (404 when the order has none). */
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.LEGAL_REVIEWER})
    public List<AuditEntryView> entries(@PathParam("orderId") String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        List<AuditEntryView> entries = audit.ofOrder(id).stream().map(AuditEntryView::of).toList();
        if (entries.isEmpty()) {
            throw new NothingFoundException("The audit log has no entry for order " + id + ".");
        }
        return entries;
    }
}
