package io.lexroute.gateway.api;

import io.lexroute.gateway.config.GatewayConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP layer takes bodies up to the size of a data package (64 MB); an endpoint that reads JSON reads a decision,
 * an objection or a report, and refuses before reading a body that declares more than
 * {@code lexroute.gateway.max-json-body-size} (413), or that declares no length at all (411: a chunked body could not
 * be bounded before it is read; these endpoints all need a body). The package upload, which reads any type, JSON included, is not limited here.
 */
public class JsonBodyLimit {

    private final long maxBytes;

    public JsonBodyLimit(GatewayConfig config) {
        this.maxBytes = config.maxJsonBodySize().asLongValue();
    }

    @ServerRequestFilter
    public Response refuseUnboundedJson(ContainerRequestContext request, ResourceInfo resource) {
        if (!readsJson(resource.getResourceMethod())) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return ProblemMappers.problem("length-required", "Length required", 411,
                    "Send the JSON body with its Content-Length.", request.getUriInfo(),
                    List.of(new Problem.Violation(HttpHeaders.CONTENT_LENGTH, "is required for a JSON body")));
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

    private static boolean readsJson(Method method) {
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        return consumes != null && Arrays.stream(consumes.value()).allMatch(type -> type.endsWith("json"));
    }
}
