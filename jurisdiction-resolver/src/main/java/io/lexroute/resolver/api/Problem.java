package io.lexroute.resolver.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem document, with the fields at fault in {@code violations}. */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The path parameter a problem names when an order id is malformed or names no assessed order. */
    static final String ORDER_ID = "orderId";

    public record Violation(String field, String message) {
    }

    static Response badRequest(String detail, List<Violation> violations) {
        return respond(new Problem("about:blank", "Invalid order", 400, detail, violations));
    }

    static Response invalidRequest(String detail, List<Violation> violations) {
        return respond(new Problem("about:blank", "Invalid request", 400, detail, violations));
    }

    static Response malformed(String detail, List<Violation> violations) {
        return respond(new Problem("about:blank", "Malformed request", 400, detail, violations));
    }

    /** 404 for an order id that names no assessed order (a malformed one names none either). */
    static Response unknownOrder(String orderId) {
        return notFound("No assessment of order " + orderId + ".",
                List.of(new Violation(Problem.ORDER_ID, "names no assessed order")));
    }

    static Response notFound(String detail, List<Violation> violations) {
        return respond(new Problem("about:blank", "Not found", 404, detail, violations));
    }

    /** Any other error status JAX-RS decided on (e.g. 405), as a problem. */
    static Response status(Response.StatusType status, List<Violation> violations) {
        return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                status.getReasonPhrase() + ".", violations));
    }

    static Response conflict(String detail) {
        return respond(new Problem("about:blank", "Conflict", 409, detail, List.of()));
    }

    /** 413: what the request asks for is larger than this service can pass on. */
    static Response tooLarge(String detail) {
        return respond(new Problem("about:blank", "Payload too large", 413, detail, List.of()));
    }

    /** 503, with Retry-After: the request may succeed if sent again after that many seconds. */
    static Response unavailable(String detail, int retryAfterSeconds) {
        return Response.fromResponse(respond(new Problem("about:blank", "Service unavailable", 503, detail,
                List.of()))).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
