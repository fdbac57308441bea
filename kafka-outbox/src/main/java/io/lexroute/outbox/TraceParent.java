package io.lexroute.outbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** W3C trace context: the trace of an order is kept from the POST through every Kafka hop. */
public final class TraceParent {

    private static final Pattern FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceParent() {
    }

    /** A child of the trace being handled on this thread, or the root of a new trace. */
    public static String next() {
        String parent = CURRENT.get();
        String traceId = parent != null ? parent.substring(3, 35) : hex(16);
        return "00-" + traceId + "-" + hex(8) + "-01";
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    static void runWithin(String traceparent, Runnable work) {
        String previous = CURRENT.get();
        CURRENT.set(isValid(traceparent) ? traceparent : null);
        try {
            work.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
