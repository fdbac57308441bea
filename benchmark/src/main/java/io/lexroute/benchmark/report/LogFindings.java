package io.lexroute.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Warnings and errors a service logged during the run, with the first few of them. */
public record LogFindings(int warnings, int errors, List<String> firstLines) {

    private static final Pattern LEVEL = Pattern.compile("\\s(WARN|ERROR)\\s");
    private static final int LINES_KEPT = 5;
    private static final int LINE_LENGTH = 240;

    public static LogFindings scan(Path logFile) {
        int warnings = 0;
        int errors = 0;
        List<String> first = new ArrayList<>();
        try (Stream<String> lines = Files.lines(logFile)) {
            for (String line : (Iterable<String>) lines::iterator) {
                var matcher = LEVEL.matcher(line);
                if (!matcher.find()) {
                    continue;
                }
                if (matcher.group(1).equals("WARN")) {
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
}
