package io.lexroute.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem+json, in every service. The detail never names another party's order or data. */
public class AccessProblemMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(UriInfo uri) {
        return problem(Response.Status.UNAUTHORIZED, AccessProblem.UNAUTHENTICATED, "Unauthenticated",
                "This endpoint needs a valid bearer token (a signed JWT) in the Authorization header.", uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response roleMissing(ForbiddenException e, UriInfo uri) {
        return problem(Response.Status.FORBIDDEN, AccessProblem.FORBIDDEN, "Forbidden",
                "These credentials do not carry a role that may call this endpoint.", uri).build();
    }

    @ServerExceptionMapper
    public Response tenantMismatch(AccessDeniedException e, UriInfo uri) {
        return problem(Response.Status.FORBIDDEN, AccessProblem.FORBIDDEN, "Forbidden", e.getMessage(), uri).build();
    }

    private static Response.ResponseBuilder problem(Response.Status status, String type, String title, String detail,
            UriInfo uri) {
        return Response.status(status)
                .type(AccessProblem.MEDIA_TYPE)
                .entity(new AccessProblem(type, title, status.getStatusCode(), detail, uri.getPath(), List.of()));
    }
}
