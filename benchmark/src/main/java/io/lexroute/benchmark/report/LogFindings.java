package io.lexroute.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Warnings and errors a service logged during the run, with the first few of them: its JSON log lines (the prod
 * profile), plain log lines, and the JVM's own (a class archive it could not use, say).
 */
public record LogFindings(int warnings, int errors, List<String> firstLines) {

    private static final Pattern JSON_LEVEL = Pattern.compile("\"level\":\"(WARN|ERROR)\"");
    private static final Pattern TEXT_LEVEL = Pattern.compile("\\s(WARN|ERROR)\\s|\\]\\[(warning|error)\\s*\\]");
    private static final int LINES_KEPT = 5;
    private static final int LINE_LENGTH = 240;

    public static LogFindings scan(Path logFile) {
        int warnings = 0;
        int errors = 0;
        List<String> first = new ArrayList<>();
        try (Stream<String> lines = Files.lines(logFile)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher matcher = (line.startsWith("{") ? JSON_LEVEL : TEXT_LEVEL).matcher(line);
                if (!matcher.find()) {
                    continue;
                }
                if (levelOf(matcher).startsWith("WARN")) {
                    warnings++;
                } else {
                    errors++;
                }
                if (first.size() < LINES_KEPT) {
                    first.add(line.length() <= LINE_LENGTH ? line : line.substring(0, LINE_LENGTH) + "...");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            first.add("(could not read " + logFile + ": " + e.getMessage() + ")");
        }
        return new LogFindings(warnings, errors, List.copyOf(first));
    }

    private static String levelOf(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group).toUpperCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("no level in " + matcher.group());
    }
}
