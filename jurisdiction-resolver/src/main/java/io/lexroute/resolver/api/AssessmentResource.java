package io.lexroute.resolver.api;

import io.lexroute.contracts.Order;
import io.lexroute.resolver.api.Problem.Violation;
import io.lexroute.resolver.service.AssessmentHistoryEntry;
import io.lexroute.resolver.service.AssessmentService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;

    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** What-if: the assessment an order would get now, stored nowhere. */
    @POST
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dryRun(Order order) {
        List<Violation> violations = OrderChecks.violations(order);
        if (!violations.isEmpty()) {
            return Problem.badRequest("The order cannot be assessed.", violations);
        }
        return Response.ok(assessments.dryRun(order)).build();
    }

    /** Every assessment of the order, oldest first. */
    @GET
    @Path("/{orderId}")
    public Response history(@PathParam("orderId") UUID orderId) {
        List<AssessmentHistoryEntry> history = assessments.history(orderId);
        if (history.isEmpty()) {
            return Problem.notFound("No assessment of order " + orderId + ".");
        }
        return Response.ok(history).build();
    }
}
