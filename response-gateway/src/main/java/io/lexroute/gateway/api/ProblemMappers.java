package io.lexroute.gateway.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error of the API into an RFC 9457 problem. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response decisionNotFound(DecisionNotFoundException e) {
        return problem(new Problem("urn:lexroute:problem:not-found", "Not found", 404, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response invalidOrderId(InvalidOrderIdException e) {
        return problem(new Problem("urn:lexroute:problem:invalid-request", "The request is not valid", 400,
                "The request has invalid fields.", List.of(new Problem.Violation("orderId", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        Problem problem = new Problem("about:blank", original.getStatusInfo().getReasonPhrase(),
                original.getStatus(), e.getMessage(), null);
        return Response.fromResponse(original).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
