package io.lexroute.intake.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before Quarkus's
 * own check (route order -2), which would answer with an empty body. Bodies sent without a length are still cut off
 * by Quarkus at the same limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    // Quarkus registers its own limit check at order -2; this one must run first.
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(BEFORE_QUARKUS_LIMIT)
                .handler(context -> refuseIfTooLarge(context, limit.asLongValue())));
    }

    private void refuseIfTooLarge(RoutingContext context, long limit) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced == null || !isLargerThan(announced, limit)) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problems.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                "The request body must not exceed " + limit / 1024 + " KB.", context.request().path(),
                List.of(new Violation(ViolationFields.BODY, "must not exceed " + limit / 1024 + " KB")));
        try {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private static boolean isLargerThan(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Quarkus and Vert.x reject a malformed length themselves
        }
    }
}
