package io.lexroute.locator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lexroute.locator.domain.IdentifierTakenException;
import io.lexroute.locator.domain.InvalidAccountException;
import io.lexroute.locator.domain.Violation;
import io.lexroute.locator.persistence.StoreUnavailableException;
import io.lexroute.outbox.EventTooLargeException;
import io.lexroute.outbox.TransientFailures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error of the API into an RFC 9457 problem that names the fields at fault. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** PostgreSQL's SQLSTATE unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Violation(fieldOf(violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return problem(Problem.of(ProblemType.INVALID_REQUEST, "The request has invalid fields.", violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        String field = pathOf(e);
        String message = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field; expected one of " + unknown.getKnownPropertyIds().stream()
                        .map(String::valueOf).sorted().collect(Collectors.joining(", "))
                : "has the wrong JSON type";
        return problem(Problem.of(ProblemType.INVALID_REQUEST, "The request has invalid fields.",
                List.of(new Violation(field, message))));
    }

    @ServerExceptionMapper
    public Response invalidAccount(InvalidAccountException e) {
        return problem(Problem.of(ProblemType.INVALID_REQUEST, "The account contradicts itself.", e.violations()));
    }

    @ServerExceptionMapper
    public Response identifierTaken(IdentifierTakenException e) {
        return problem(Problem.of(ProblemType.IDENTIFIER_TAKEN,
                "Each identifier may designate one account of a provider only.", e.violations()));
    }

    @ServerExceptionMapper
    public Response accountNotFound(AccountNotFoundException e) {
        return problem(Problem.of(ProblemType.NOT_FOUND, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response addresseeNotFound(AddresseeNotFoundException e) {
        return problem(Problem.of(ProblemType.NOT_FOUND, e.getMessage()));
    }

    /**
     * The writes of one account or addressee are serialised (CatalogLocks), so a unique key taken is another
     * account's PUT taking one of the identifiers at the same time: the first to commit keeps it. Any other
     * constraint of the database (a check, a foreign key, not null) is no concurrent request but something the API
     * let through that it should have refused: an internal error, logged.
     */
    @ServerExceptionMapper
    public Response concurrentWrite(org.hibernate.exception.ConstraintViolationException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e);
        }
        return problem(Problem.of(ProblemType.CONFLICT,
                "Another request gave one of these identifiers to another account at the same time."));
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e) {
        LOG.warn(e.getMessage());
        return unavailable("The database cannot take the change now; nothing was stored. Send it again after "
                + "Retry-After.");
    }

    /**
     * The request would make an event larger than the outbox accepts (Kafka would refuse it); its transaction was
     * rolled back. No request of this API appends an event today (only the consumer of order.assessed does): this
     * answers for one that would.
     */
    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e) {
        LOG.warnf("Refused a request: %s", e.getMessage());
        return problem(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request would make an event of " + e.size()
                + " bytes, more than the " + e.limit() + " bytes an event may carry; nothing was stored.",
                List.of(new Violation(CatalogResource.BODY, "makes an event larger than " + e.limit() + " bytes"))));
    }

    /** Anything else: 503 when the database is away (a read as well as a write), otherwise 500. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (TransientFailures.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.toString());
            return unavailable("The catalog cannot be reached now; nothing was changed. Try again after Retry-After.");
        }
        LOG.error("The request failed unexpectedly", e);
        return problem(Problem.of(ProblemType.INTERNAL_ERROR, "The request failed unexpectedly."));
    }

    private static Response unavailable(String detail) {
        return Response.fromResponse(problem(Problem.of(ProblemType.SERVICE_UNAVAILABLE, detail)))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // Jackson reports broken JSON as a StreamReadException, or wrapped with its path in a DatabindException.
        if (e.getCause() instanceof JsonProcessingException malformed) {
            String field = malformed instanceof JsonMappingException mapping ? pathOf(mapping) : CatalogResource.BODY;
            return problem(Problem.of(ProblemType.MALFORMED_JSON, malformed.getOriginalMessage(),
                    List.of(new Violation(field, "is not valid JSON: " + malformed.getOriginalMessage()))));
        }
        Response original = e.getResponse();
        Problem problem = new Problem("about:blank", original.getStatusInfo().getReasonPhrase(),
                original.getStatus(), e.getMessage(), List.of());
        return Response.fromResponse(original).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path of a bean-validation violation, without the resource method and body parameter. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER && !CatalogResource.BODY.equals(node.getName())) {
                field.append(node.getName());
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? CatalogResource.BODY : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            }
        }
        return field.isEmpty() ? CatalogResource.BODY : field.toString();
    }
}
