package io.lexroute.benchmark.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where one JVM's CPU samples fell: by the library the running method belongs to (self time), by method (self
 * time), and by LexRoute method with everything it called (total time).
 *
 * @param samples     execution samples of Java threads in the recording
 * @param byLibrary   self samples per library, largest first
 * @param bySelf      self samples per method, largest first
 * @param byOwnTotal  samples with each io.lexroute method on the stack, largest first
 */
public record HotMethods(long samples, List<Share> byLibrary, List<Share> bySelf, List<Share> byOwnTotal) {

    private static final int TOP = 15;
    private static final String OWN_PACKAGE = "io.lexroute.";
    private static final List<String> LIBRARIES = List.of("io.lexroute", "com.fasterxml.jackson", "org.hibernate",
            "org.postgresql", "io.agroal", "com.arjuna", "io.narayana", "org.apache.kafka", "io.smallrye.reactive",
            "io.smallrye.jwt", "org.jose4j", "io.smallrye", "io.vertx", "io.netty", "io.quarkus", "org.jboss",
            "io.opentelemetry", "io.micrometer", "org.flywaydb", "java.util.regex", "java.util.concurrent",
            "java.util", "java.lang.invoke", "java.lang", "java.time", "java.io", "java.nio", "sun.nio", "java.net",
            "java.security", "sun.security", "javax.crypto", "com.sun.crypto", "jdk.internal", "java.math", "sun");

    /** A method or library and the share of the samples it had. */
    public record Share(String name, long samples, double percent) {
    }

    public static HotMethods of(Path recording) throws IOException {
        Map<String, Long> library = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> ownTotal = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                RecordedMethod top = stack.getFrames().get(0).getMethod();
                self.merge(name(top), 1L, Long::sum);
                library.merge(library(top.getType().getName()), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : stack.getFrames()) {
                    String method = name(frame.getMethod());
                    if (method.startsWith(OWN_PACKAGE) && seen.add(method)) {
                        ownTotal.merge(method, 1L, Long::sum);
                    }
                }
            }
        }
        return new HotMethods(samples, top(library, samples), top(self, samples), top(ownTotal, samples));
    }

    /** Plain text, one block per list. */
    public String describe(String jvm) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d execution samples%n", jvm, samples));
        append(text, "self time by library", byLibrary);
        append(text, "self time by method", bySelf);
        append(text, "total time by LexRoute method (with all it calls)", byOwnTotal);
        return text.toString();
    }

    private static void append(StringBuilder text, String title, List<Share> shares) {
        text.append("  ").append(title).append(System.lineSeparator());
        for (Share share : shares) {
            text.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n", share.percent(), share.name()));
        }
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static String library(String className) {
        return LIBRARIES.stream().filter(prefix -> className.startsWith(prefix + ".")).findFirst()
                .orElseGet(() -> className.contains(".")
                        ? className.substring(0, className.lastIndexOf('.')) : className);
    }

    private static List<Share> top(Map<String, Long> counts, long samples) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP)
                .map(entry -> new Share(entry.getKey(), entry.getValue(),
                        samples == 0 ? 0 : 100.0 * entry.getValue() / samples))
                .toList();
    }
}
