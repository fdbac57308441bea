package io.lexroute.intake.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** The problem types of this API and the responses that carry them. */
final class Problems {

    static final String INVALID_REQUEST = "urn:lexroute:problem:invalid-request";
    static final String MALFORMED_JSON = "urn:lexroute:problem:malformed-json";
    static final String NOT_FOUND = "urn:lexroute:problem:not-found";
    static final String IDEMPOTENCY_CONFLICT = "urn:lexroute:problem:idempotency-key-reused";
    static final String NOT_DECIDED = "urn:lexroute:problem:not-decided-yet";
    static final String UNSUPPORTED_MEDIA_TYPE = "urn:lexroute:problem:unsupported-media-type";
    static final String PAYLOAD_TOO_LARGE = "urn:lexroute:problem:payload-too-large";
    static final String SERVICE_UNAVAILABLE = "urn:lexroute:problem:service-unavailable";
    static final String INTERNAL_ERROR = "urn:lexroute:problem:internal-error";
    static final String HTTP_ERROR = "urn:lexroute:problem:http-error";

    private Problems() {
    }

    static Response response(String type, String title, Response.Status status, String detail, String instance,
            List<Violation> violations) {
        return response(type, title, status.getStatusCode(), detail, instance, violations);
    }

    static Response response(String type, String title, int status, String detail, String instance,
            List<Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, List.copyOf(violations)))
                .build();
    }
}
