package io.lexroute.benchmark.resources;

import java.util.Optional;

/**
 * Garbage-collection counters of a JVM as {@code jstat -gc} reports them (collections so far and seconds spent).
 * Empty when jstat is not there or cannot attach; the benchmark then reports no GC figures rather than failing.
 */
public record GcSnapshot(long youngCollections, double youngSeconds, long fullCollections, double fullSeconds,
        double totalSeconds) {

    private static final long JSTAT_TIMEOUT_SECONDS = 15;

    public static Optional<GcSnapshot> of(long pid) {
        return JdkTool.run("jstat", JSTAT_TIMEOUT_SECONDS, "-gc", Long.toString(pid))
                .filter(result -> result.exitCode() == 0)
                .flatMap(result -> parse(result.output()));
    }

    static Optional<GcSnapshot> parse(String jstatOutput) {
        String[] lines = jstatOutput.strip().split("\\R");
        if (lines.length < 2) {
            return Optional.empty();
        }
        String[] names = lines[0].strip().split("\\s+");
        String[] values = lines[1].strip().split("\\s+");
        try {
            return Optional.of(new GcSnapshot(
                    (long) column(names, values, "YGC"), column(names, values, "YGCT"),
                    (long) column(names, values, "FGC"), column(names, values, "FGCT"),
                    column(names, values, "GCT")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What happened between {@code before} and this snapshot. */
    public GcSnapshot since(GcSnapshot before) {
        return new GcSnapshot(youngCollections - before.youngCollections, youngSeconds - before.youngSeconds,
                fullCollections - before.fullCollections, fullSeconds - before.fullSeconds,
                totalSeconds - before.totalSeconds);
    }

    private static double column(String[] names, String[] values, String name) {
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].equals(name)) {
                return Double.parseDouble(values[i]);
            }
        }
        throw new IllegalArgumentException("jstat printed no " + name);
    }
}
