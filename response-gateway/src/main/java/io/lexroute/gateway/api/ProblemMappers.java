package io.lexroute.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lexroute.gateway.domain.EmptyPackageException;
import io.lexroute.gateway.domain.NothingFoundException;
import io.lexroute.gateway.domain.PackageDigestMismatchException;
import io.lexroute.gateway.domain.PackageIntegrityException;
import io.lexroute.gateway.domain.PackageTooLargeException;
import io.lexroute.gateway.domain.StateConflictException;
import io.lexroute.gateway.domain.TaskChangedException;
import io.lexroute.outbox.EventTooLargeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error of the API into an RFC 9457 problem. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:lexroute:problem:";

    @ServerExceptionMapper
    public Response nothingFound(NothingFoundException e, UriInfo uri) {
        return problem("not-found", "Not found", 404, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response conflict(StateConflictException e, UriInfo uri) {
        return problem("conflict", "Conflict", 409, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response taskChanged(TaskChangedException e, UriInfo uri) {
        return problem("task-changed", "The release task has changed", 412, e.getMessage(), uri,
                List.of(new Problem.Violation(HttpHeaders.IF_MATCH, "does not name the task's current revision")));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidRequestException e, UriInfo uri) {
        return problem("invalid-request", "The request is not valid", 400, "The request has invalid fields.", uri,
                e.violations());
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return problem("invalid-request", "The request is not valid", 400, "The request has invalid fields.", uri,
                violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return malformedJson(uri);
    }

    /**
     * The connection is closed after the answer: the client may still be sending a body that will never be read.
     */
    @ServerExceptionMapper
    public Response tooLarge(PackageTooLargeException e, UriInfo uri) {
        Response problem = problem("payload-too-large", "Payload too large", 413, e.getMessage(), uri,
                List.of(new Problem.Violation("body", "must not exceed " + e.maxBytes() + " bytes")));
        return Response.fromResponse(problem).header("Connection", "close").build();
    }

    /**
     * The request would make an event (a decision, a closing, a package received) larger than the outbox accepts:
     * Kafka would refuse it. Its transaction was rolled back.
     */
    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e, UriInfo uri) {
        LOG.warnf("Refused %s: %s", uri == null ? null : uri.getPath(), e.getMessage());
        return problem("payload-too-large", "Payload too large", 413, "The request would make an event of "
                + e.size() + " bytes, more than the " + e.limit() + " bytes an event may carry; nothing was stored.",
                uri, List.of(new Problem.Violation("body", "makes an event larger than " + e.limit() + " bytes")));
    }

    @ServerExceptionMapper
    public Response digestMismatch(PackageDigestMismatchException e, UriInfo uri) {
        return problem("digest-mismatch", "Package damaged in transit", 422, e.getMessage(), uri,
                List.of(new Problem.Violation(ProviderTaskResource.SHA256_HEADER,
                        "does not match the SHA-256 of the bytes received")));
    }

    @ServerExceptionMapper
    public Response emptyPackage(EmptyPackageException e, UriInfo uri) {
        return problem("invalid-request", "The request is not valid", 400, e.getMessage(), uri,
                List.of(new Problem.Violation("body", "must not be empty")));
    }

    @ServerExceptionMapper
    public Response integrity(PackageIntegrityException e, UriInfo uri) {
        return problem("package-integrity", "Package integrity check failed", 500, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException) {
            return malformedJson(uri);
        }
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            LOG.error("Request failed", e);
        }
        return problem("http-error", original.getStatusInfo().getReasonPhrase(), original.getStatus(),
                e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure for " + uri.getPath(), e);
        return problem("internal-error", "Internal error", 500, "The request failed unexpectedly.", uri, null);
    }

    private static Response malformedJson(UriInfo uri) {
        return problem("malformed-json", "Malformed JSON", 400, "The body is not the JSON this endpoint takes.", uri,
                List.of(new Problem.Violation("body", "must be well-formed JSON of the documented shape")));
    }

    static Response problem(String type, String title, int status, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        Problem problem = new Problem(TYPE + type, title, status, detail, uri == null ? null : uri.getPath(),
                violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field as the client named it: the last node of the path (e.g. "reviewer", or "body" when it is missing). */
    private static String field(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return field == null ? "body" : field;
    }
}
