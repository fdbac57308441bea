package io.lexroute.localstack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single line the local stack prints on stdout once Kafka and PostgreSQL accept connections.
 * Other processes wait for it and read the addresses from it.
 */
record ReadyLine(String bootstrapServers, Optional<String> jdbcUrl) {

    private static final String NO_DATABASE = "none";
    private static final Pattern FORMAT = Pattern.compile("^LOCAL-STACK READY kafka=(\\S+) jdbc=(\\S+)$");

    String format() {
        return "LOCAL-STACK READY kafka=" + bootstrapServers + " jdbc=" + jdbcUrl.orElse(NO_DATABASE);
    }

    static Optional<ReadyLine> parse(String line) {
        Matcher matcher = FORMAT.matcher(line.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String jdbc = matcher.group(2);
        return Optional.of(new ReadyLine(
                matcher.group(1),
                NO_DATABASE.equals(jdbc) ? Optional.empty() : Optional.of(jdbc)));
    }
}
