package io.lexroute.localstack;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a parent writes on the local stack's standard input to restart Kafka, and the line the stack answers with
 * on its standard output once Kafka serves every order topic again (or could not be restarted).
 */
final class KafkaRestartCommand {

    static final String COMMAND = "restart-kafka";
    private static final String REPLY_PREFIX = "LOCAL-STACK KAFKA ";
    private static final Pattern RESTARTED = Pattern.compile("^LOCAL-STACK KAFKA RESTARTED in (\\d+) ms$");
    private static final String FAILED = REPLY_PREFIX + "RESTART FAILED: ";

    private KafkaRestartCommand() {
    }

    static String restarted(Duration took) {
        return REPLY_PREFIX + "RESTARTED in " + took.toMillis() + " ms";
    }

    static String failed(Exception cause) {
        return FAILED + String.valueOf(cause).replace('\n', ' ');
    }

    static boolean isReply(String line) {
        return line.strip().startsWith(REPLY_PREFIX);
    }

    /**
     * How long the restart took, from the stack's reply.
     *
     * @throws IllegalStateException when the stack reports that the restart failed
     */
    static Duration parseReply(String line) {
        Matcher matcher = RESTARTED.matcher(line.strip());
        if (!matcher.matches()) {
            throw new IllegalStateException("Kafka was not restarted: " + line.strip());
        }
        return Duration.ofMillis(Long.parseLong(matcher.group(1)));
    }
}
