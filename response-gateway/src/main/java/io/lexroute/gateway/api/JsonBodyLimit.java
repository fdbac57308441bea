package io.lexroute.gateway.api;

import io.lexroute.gateway.config.GatewayConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP layer takes bodies up to the size of a data package (64 MB); an endpoint that reads JSON reads a decision,
 * an objection or a report, and refuses, before reading it, a body that declares more than
 * {@code lexroute.gateway.max-json-body-size} (413). One sent in chunks, without a declared length, is refused too
 * (411): the HTTP layer would read it up to the 64 MB of a package before any check could see its size, and the
 * bodies these endpoints read are small enough for any client to declare. The package upload, which reads any type,
 * JSON included, is not limited here.
 */
public class JsonBodyLimit {

    private final long maxBytes;

    public JsonBodyLimit(GatewayConfig config) {
        this.maxBytes = config.maxJsonBodySize().asLongValue();
    }

    @ServerRequestFilter
    public Response refuseLargeJson(ContainerRequestContext request, ResourceInfo resource) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (!readsJson(resource)) {
            return null;
        }
        if (length == null) {
            return sentInChunks(request) ? lengthRequired(request) : null;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return null; // the HTTP layer answers 400 to a malformed length before any filter runs
        }
        if (declared <= maxBytes) {
            return null;
        }
        return ProblemMappers.problem("payload-too-large", "Payload too large", 413,
                "A JSON body of " + declared + " bytes is more than the " + maxBytes + " bytes this API reads.",
                request.getUriInfo(), List.of(new Problem.Violation("body", "is larger than " + maxBytes + " bytes")));
    }

    /** A body without a declared length: HTTP/1.1 announces it with a transfer coding, chunked in practice. */
    private static boolean sentInChunks(ContainerRequestContext request) {
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private Response lengthRequired(ContainerRequestContext request) {
        return ProblemMappers.problem("length-required", "Length required", 411,
                "A JSON body must declare its length (Content-Length); this API reads at most " + maxBytes
                        + " bytes.",
                request.getUriInfo(), List.of(new Problem.Violation("body", "is sent without a Content-Length")));
    }

    /** The matched endpoint consumes JSON only (its method's {@code @Consumes}, else its class's). */
    private static boolean readsJson(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value()).map(MediaType::valueOf).allMatch(JsonBodyLimit::isJson);
    }

    /** JSON itself, not a wildcard that JSON would also match (the package upload consumes any type). */
    private static boolean isJson(MediaType type) {
        return !type.isWildcardType() && !type.isWildcardSubtype()
                && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
