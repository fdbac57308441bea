package io.lexroute.intake.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.lexroute.intake.domain.IdempotencyConflictException;
import io.lexroute.intake.domain.OrderNotDecidedException;
import io.lexroute.intake.domain.OrderNotFoundException;
import io.lexroute.outbox.EventTooLargeException;
import io.lexroute.outbox.TransientFailures;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of this API as RFC 9457 problem+json, with the fields at fault named in {@code violations}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(ViolationFields.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return Problems.response(Problems.INVALID_REQUEST, "Invalid request", Response.Status.BAD_REQUEST,
                "The request breaks " + violations.size() + " rule(s) of the order API; see violations.",
                path(uri), violations);
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidRequestException e, UriInfo uri) {
        return Problems.response(Problems.INVALID_REQUEST, "Invalid request", Response.Status.BAD_REQUEST,
                "The request breaks " + e.violations().size() + " rule(s) of the order API; see violations.",
                path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /** Wrong JSON types and unknown fields; replaces Quarkus's built-in mapper for this exception. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()) {
            return Problems.response(Problems.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", status,
                    "Send the order as application/json.", path(uri),
                    List.of(new Violation(HttpHeaders.CONTENT_TYPE, "must be application/json")));
        }
        if (status == Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode()) {
            return payloadTooLarge(path(uri));
        }
        if (status == Response.Status.NOT_FOUND.getStatusCode()) {
            return notFound("Nothing is found at this address.", path(uri));
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        return Problems.response(Problems.HTTP_ERROR, statusType.getReasonPhrase(), status,
                statusType.getReasonPhrase() + ".", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response orderNotFound(OrderNotFoundException e, UriInfo uri) {
        return notFound("No order has this id.", path(uri));
    }

    @ServerExceptionMapper
    public Response idempotencyConflict(IdempotencyConflictException e, UriInfo uri) {
        return Problems.response(Problems.IDEMPOTENCY_CONFLICT, "Idempotency-Key already used",
                Response.Status.CONFLICT,
                "This Idempotency-Key was already used for a different order. Use a new key for a new order.",
                path(uri), List.of(new Violation(OrderResource.IDEMPOTENCY_KEY, "was used for a different order")));
    }

    @ServerExceptionMapper
    public Response notDecided(OrderNotDecidedException e, UriInfo uri) {
        return Problems.response(Problems.NOT_DECIDED, "Not decided yet", Response.Status.CONFLICT,
                "The order is not decided yet; its answer exists once it is. Track it at its own address.",
                path(uri), List.of());
    }

    /**
     * The order would make an {@code order.received} event larger than the outbox accepts (Kafka would refuse it): the
     * transaction that would have stored it was rolled back.
     */
    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e, UriInfo uri) {
        LOG.warnf("Refused %s: %s", path(uri), e.getMessage());
        return Problems.response(Problems.PAYLOAD_TOO_LARGE, "Payload too large",
                Response.Status.REQUEST_ENTITY_TOO_LARGE, "The order would make an event of " + e.size()
                        + " bytes, more than the " + e.limit() + " bytes an event may carry; nothing was stored."
                        + " Send a smaller order.",
                path(uri), List.of(new Violation(ViolationFields.BODY,
                        "makes an event larger than " + e.limit() + " bytes")));
    }

    /**
     * Anything else: 503 when the database is away, otherwise 500. A submission's 503 does not say that nothing was
     * stored: when the connection breaks during the COMMIT, the order may have been stored all the same, and the retry
     * with the same Idempotency-Key is what tells.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, Request request) {
        if (TransientFailures.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable for %s %s: %s", request.getMethod(), path(uri), e.toString());
            String detail = HttpMethod.POST.equals(request.getMethod())
                    ? "The order store is unavailable, so the order may not have been stored. Retry later with the"
                            + " same Idempotency-Key: an order already stored is answered with its id, never stored"
                            + " twice."
                    : "The order store is unavailable. Retry later.";
            Response problem = Problems.response(Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                    Response.Status.SERVICE_UNAVAILABLE, detail, path(uri), List.of());
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure for " + path(uri), e);
        return Problems.response(Problems.INTERNAL_ERROR, "Internal error", Response.Status.INTERNAL_SERVER_ERROR,
                "The request failed unexpectedly.", path(uri), List.of());
    }

    private static Response payloadTooLarge(String instance) {
        return Problems.response(Problems.PAYLOAD_TOO_LARGE, "Payload too large",
                Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than this API accepts.",
                instance, List.of(new Violation(ViolationFields.BODY, "is too large")));
    }

    private static Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(Problems.MALFORMED_JSON, "Malformed JSON", Response.Status.BAD_REQUEST,
                "The body is not a JSON order as the API describes it; see violations.", path(uri),
                JsonProblems.violationsOf(e));
    }

    private static Response notFound(String detail, String instance) {
        return Problems.response(Problems.NOT_FOUND, "Not found", Response.Status.NOT_FOUND, detail, instance,
                List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
