package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.AuditLog;
import io.lexroute.gateway.domain.AuditVerification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The verification of the hash-chained audit log, for operators (scripts/verify-audit.sh calls it). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    /** Walks the whole chain and reports the first altered or missing entry ({@code intact: false}), if any. */
    @GET
    @Path("verification")
    @RolesAllowed(Roles.OPERATOR)
    public AuditVerification verification() {
        return audit.verify();
    }
}
