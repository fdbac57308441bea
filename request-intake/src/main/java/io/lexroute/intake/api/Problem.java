package io.lexroute.intake.api;

import java.util.List;

/** An RFC 9457 problem detail, with the bad fields listed in {@code violations} (empty when no field is at fault). */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
