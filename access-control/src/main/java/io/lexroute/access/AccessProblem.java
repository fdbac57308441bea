package io.lexroute.access;

import java.util.List;

/**
 * The RFC 9457 body of a 401 or 403, shaped like every other LexRoute problem (an empty {@code violations}: no
 * field of the request is at fault).
 */
public record AccessProblem(String type, String title, int status, String detail, String instance,
        List<Object> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String UNAUTHENTICATED = "urn:lexroute:problem:unauthenticated";
    static final String FORBIDDEN = "urn:lexroute:problem:forbidden";
}
