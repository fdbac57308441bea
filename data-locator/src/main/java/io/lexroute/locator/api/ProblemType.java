package io.lexroute.locator.api;

/** The kinds of problem this API answers with, each with a stable type URI. */
enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    MALFORMED_JSON(400, "malformed-json", "The request body is not valid JSON"),
    NOT_FOUND(404, "not-found", "Not found"),
    IDENTIFIER_TAKEN(409, "identifier-taken", "An identifier already designates another account"),
    CONFLICT(409, "conflict", "The request conflicts with a concurrent change"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    INTERNAL_ERROR(500, "internal-error", "The request failed unexpectedly"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    int status() {
        return status;
    }

    String uri() {
        return "urn:lexroute:problem:" + slug;
    }

    String title() {
        return title;
    }
}
