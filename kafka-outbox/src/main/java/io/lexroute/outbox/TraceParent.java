package io.lexroute.outbox;

import io.opentelemetry.api.trace.SpanContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** W3C trace context values ({@code 00-<trace id>-<span id>-<flags>}), as stored in the outbox and record headers. */
public final class TraceParent {

    private static final Pattern FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceParent() {
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    static Optional<String> of(SpanContext context) {
        if (!context.isValid()) {
            return Optional.empty();
        }
        return Optional.of("00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                + context.getTraceFlags().asHex());
    }

    /** The root of a new, sampled trace: for events written where no span is current (tests playing a producer). */
    static String newRoot() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
