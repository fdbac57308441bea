package io.lexroute.resolver.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lexroute.contracts.JsonTypeErrors;
import io.lexroute.contracts.StrictContractJson;
import io.lexroute.outbox.EventTooLargeException;
import io.lexroute.resolver.api.Problem.Violation;
import io.lexroute.resolver.service.DatabaseUnavailableException;
import io.lexroute.resolver.service.ReassessmentRefusedException;
import io.lexroute.resolver.service.UnknownOrderException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/** Turns the API's errors into RFC 9457 problems instead of Quarkus's default answers. */
public class ProblemMappers {

    static final String BODY = "body";
    private static final String DOES_NOT_FIT = "The body does not fit an order.";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unknownOrder(UnknownOrderException e) {
        return Problem.notFound(e.getMessage(),
                List.of(new Violation(Problem.ORDER_ID, "names no assessed order")));
    }

    @ServerExceptionMapper
    public Response reassessmentRefused(ReassessmentRefusedException e) {
        return Problem.conflict(e.getMessage());
    }

    /** The database is away: worth asking again later (nothing that was done is done twice). */
    @ServerExceptionMapper
    public Response databaseUnavailable(DatabaseUnavailableException e) {
        return Problem.unavailable(e.getMessage(), RETRY_AFTER_SECONDS);
    }

    /**
     * The re-assessment would make an {@code order.assessed} event larger than the outbox accepts (Kafka would refuse
     * it): its transaction was rolled back, and the order keeps the assessment it had.
     */
    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e) {
        LOG.warnf("Refused a request: %s", e.getMessage());
        return Problem.tooLarge("The re-assessment of order " + e.orderId() + " would make an event of " + e.size()
                + " bytes, more than the " + e.limit() + " bytes an event may carry; nothing was stored, and the"
                + " order keeps its assessment.");
    }

    /**
     * A body that is JSON but does not fit an order, e.g. an unknown instrument, a list where a text belongs, a field
     * the order does not have, or anything after the order ({@link io.lexroute.resolver.config.StrictJson}).
     */
    @ServerExceptionMapper
    public Response misfittingJson(MismatchedInputException e) {
        return Problem.malformed(DOES_NOT_FIT, List.of(misfit(e)));
    }

    /**
     * Jackson reports a body that is not JSON at all, and one with several fields at fault ({@link JsonTypeErrors}),
     * as the cause of a WebApplicationException; JAX-RS its own refusals (a body that is not JSON by its Content-Type,
     * an address nothing answers) as one too, which would otherwise go out empty.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonTypeErrors misfits) {
            return Problem.malformed(DOES_NOT_FIT, misfits.failures().stream()
                    .map(ProblemMappers::misfit)
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .toList());
        }
        if (e.getCause() instanceof MismatchedInputException misfit) {
            return misfittingJson(misfit);
        }
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return Problem.malformed("The body is not valid JSON.",
                    List.of(new Violation(whereBroken(malformed), malformed.getOriginalMessage())));
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()) {
            return Problem.status(status, List.of(new Violation(HttpHeaders.CONTENT_TYPE, "must be application/json")));
        }
        if (status.getStatusCode() == Response.Status.NOT_ACCEPTABLE.getStatusCode()) {
            return Problem.status(status, List.of(new Violation(HttpHeaders.ACCEPT, "must accept application/json")));
        }
        if (status.getFamily() == Response.Status.Family.CLIENT_ERROR) {
            return Problem.status(status, List.of());
        }
        return e.getResponse();
    }

    /** One field of the body that does not fit the order. */
    private static Violation misfit(JsonProcessingException e) {
        String message = e instanceof UnrecognizedPropertyException ? "is not a field of this object"
                // also when left out or null: Jackson checks the order's own fields before the unknown ones
                : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == boolean.class
                        ? "is required, and must be true or false"
                : "has a value that does not fit: " + e.getOriginalMessage();
        return new Violation(e instanceof JsonMappingException mapping ? pathOf(mapping) : BODY, message);
    }

    /**
     * The field being read where the text stopped being JSON, e.g. a key given twice; the body when it ended too soon.
     * Inside an object Jackson wraps the parser's complaint in a mapping exception.
     */
    private static String whereBroken(JsonProcessingException e) {
        JsonProcessingException broken = e instanceof JsonMappingException
                && e.getCause() instanceof JsonProcessingException cause ? cause : e;
        if (broken instanceof JsonEOFException
                || String.valueOf(broken.getOriginalMessage()).contains("Unexpected end-of-input")) {
            return BODY;
        }
        String field = StrictContractJson.fieldBeingParsed(broken);
        if (!field.isEmpty()) {
            return field;
        }
        return e instanceof JsonMappingException mapping ? pathOf(mapping) : BODY;
    }

    private static String pathOf(JsonMappingException e) {
        String field = StrictContractJson.fieldOf(e);
        return field.isEmpty() ? BODY : field;
    }
}
