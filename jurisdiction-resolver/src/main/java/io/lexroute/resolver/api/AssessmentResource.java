package io.lexroute.resolver.api;

import io.lexroute.access.AccessProblem;
import io.lexroute.access.Roles;
import io.lexroute.contracts.Assessment;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.OrderIds;
import io.lexroute.resolver.api.Problem.Violation;
import io.lexroute.resolver.service.AssessmentHistoryEntry;
import io.lexroute.resolver.service.AssessmentService;
import io.lexroute.resolver.service.ReassessmentSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Legal reviewers try orders, read histories and ask for re-assessment; operators read histories. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No bearer token, or one that is invalid or expired",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
@APIResponse(responseCode = "403", description = "The token carries none of the roles this operation accepts",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
public class AssessmentResource {

    private final AssessmentService assessments;
    private final Clock clock;

    public AssessmentResource(AssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** What-if: the assessment an order would get now, stored nowhere. */
    @POST
    @Path("/dry-run")
    @RolesAllowed(Roles.LEGAL_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The assessment the order would get now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Assessment.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, not an order (a field it does not have, a key given "
            + "twice, a value of the wrong JSON type), no plausible issue date, no data category, or a null in a list; "
            + "every field at fault is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is sent without a Content-Type, or as another type than "
            + "application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dryRun(Order order) {
        List<Violation> violations = OrderChecks.violations(order, clock);
        if (!violations.isEmpty()) {
            return Problem.badRequest("The order cannot be assessed.", violations);
        }
        return Response.ok(assessments.dryRun(order)).build();
    }

    /** Every assessment of the order, oldest first. */
    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "Every assessment of the order, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentHistoryEntry.class)))
    @APIResponse(responseCode = "404", description = "The order was never assessed, or the id is not a canonical UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response history(@Parameter(description = "The order's id, a UUID in its canonical form",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("orderId") String orderId) {
        List<AssessmentHistoryEntry> history = OrderIds.parse(orderId).map(assessments::history).orElse(List.of());
        if (history.isEmpty()) {
            return Problem.unknownOrder(orderId);
        }
        return Response.ok(history).build();
    }

    /** Judges the order again by the current rulebook; the new assessment goes out on order.assessed. */
    @POST
    @Path("/{orderId}/reassessment")
    @RolesAllowed(Roles.LEGAL_REVIEWER)
    @APIResponse(responseCode = "201", description = "The new assessment, now the one in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentHistoryEntry.class)))
    @APIResponse(responseCode = "404", description = "The order was never assessed, or the id is not a canonical UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order is closed, or was stored without its order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reassess(@Parameter(description = "The order's id, a UUID in its canonical form",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("orderId") String orderId) {
        Optional<UUID> id = OrderIds.parse(orderId);
        if (id.isEmpty()) {
            return Problem.unknownOrder(orderId);
        }
        AssessmentHistoryEntry entry = assessments.reassess(id.get());
        return Response.created(URI.create("/api/v1/assessments/" + id.get())).entity(entry).build();
    }

    /**
     * Judges again every open order whose assessment in force was made with another rulebook; the caller names the
     * rulebook version it believes current.
     */
    @POST
    @Path("/reassessment")
    @RolesAllowed(Roles.LEGAL_REVIEWER)
    @APIResponse(responseCode = "200",
            description = "How many orders were re-assessed, how many were left alone and how many failed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReassessmentSummary.class)))
    @APIResponse(responseCode = "400", description = "assessedWithRulebookOtherThan is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The named rulebook version is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unavailable; the orders re-assessed until then "
            + "stay re-assessed, ask again after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reassessStale(@QueryParam("assessedWithRulebookOtherThan") String currentVersion) {
        if (currentVersion == null || currentVersion.isBlank()) {
            return Problem.invalidRequest("Name the current rulebook version.", List.of(new Violation(
                    "assessedWithRulebookOtherThan", "is required: the version the orders should be judged by")));
        }
        return Response.ok(assessments.reassessAllAssessedWithOtherThan(currentVersion.strip())).build();
    }
}
