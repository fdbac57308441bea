package io.lexroute.intake.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A body without a Content-Type is refused with 415 like a wrong one; JAX-RS would otherwise guess JSON. */
public class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    public Response refuseUntypedBodies(ContainerRequestContext request) {
        boolean carriesBody = HttpMethod.POST.equals(request.getMethod()) || HttpMethod.PUT.equals(request.getMethod());
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!carriesBody || (contentType != null && !contentType.isBlank())) {
            return null;
        }
        return Problems.response(Problems.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send the order as application/json.",
                request.getUriInfo().getPath(),
                List.of(new Violation(HttpHeaders.CONTENT_TYPE, "is required: application/json")));
    }
}
