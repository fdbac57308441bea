package io.lexroute.intake.api;

import io.lexroute.access.UntypedBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A body without a Content-Type is refused with 415 like a wrong one ({@link UntypedBodies}). */
public class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    public Response refuseUntypedBodies(ContainerRequestContext request) {
        if (!UntypedBodies.isUntyped(request)) {
            return null;
        }
        return Problems.response(Problems.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send the order as application/json.",
                request.getUriInfo().getPath(),
                List.of(new Violation(HttpHeaders.CONTENT_TYPE, UntypedBodies.CONTENT_TYPE_REQUIRED)));
    }
}
