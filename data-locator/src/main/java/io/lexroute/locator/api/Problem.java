package io.lexroute.locator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lexroute.locator.domain.Violation;
import java.util.List;

/**
 * An RFC 9457 problem detail; {@code violations} names each bad field of the request, and is empty when no field is
 * at fault (the order API's errors always carry the list).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, List.of());
    }

    static Problem of(ProblemType type, String detail, List<Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, violations);
    }
}
