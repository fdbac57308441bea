package io.lexroute.access;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A request body must say what it is. JAX-RS takes a body sent without a Content-Type for whatever the endpoint reads
 * (JSON), so every service refuses it with 415 naming {@code Content-Type}, as it refuses a body of another type.
 */
public final class UntypedBodies {

    /** What the violation naming {@code Content-Type} says of a body sent without one. */
    public static final String CONTENT_TYPE_REQUIRED = "is required: application/json";

    private UntypedBodies() {
    }

    /** Whether the request is a POST or PUT that states no Content-Type. */
    public static boolean isUntyped(ContainerRequestContext request) {
        boolean carriesBody = HttpMethod.POST.equals(request.getMethod()) || HttpMethod.PUT.equals(request.getMethod());
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return carriesBody && (contentType == null || contentType.isBlank());
    }
}
