package io.lexroute.resolver.api;

import io.lexroute.access.UntypedBodies;
import io.lexroute.resolver.api.Problem.Violation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/** A body sent to an endpoint that reads one (the dry-run) without a Content-Type is refused with 415, as a wrong one. */
public class ContentTypeRequired {

    /**
     * After matching, unlike request-intake's: the resolver's other POSTs take no body and are sent without a type, and
     * the caller's role is checked before this filter runs.
     */
    @ServerRequestFilter
    public Response refuseUntypedBodies(ContainerRequestContext request, ResourceInfo resource) {
        if (!resource.getResourceMethod().isAnnotationPresent(Consumes.class) || !UntypedBodies.isUntyped(request)) {
            return null;
        }
        return Problem.status(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                List.of(new Violation(HttpHeaders.CONTENT_TYPE, UntypedBodies.CONTENT_TYPE_REQUIRED)));
    }
}
