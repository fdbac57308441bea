package io.lexroute.benchmark.profile;

import io.lexroute.benchmark.resources.JdkTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java Flight Recordings of the service JVMs over one phase of the benchmark, started and dumped with {@code jcmd}.
 * A service that jcmd cannot reach is left out and said so, rather than failing the run.
 */
public final class FlightRecordings {

    /** Deeper than JFR's default of 64 frames, so that a handler's frames survive under the framework's. */
    private static final String STACK_DEPTH = "-XX:FlightRecorderOptions=stackdepth=256";

    /** A recording configuration without events: Flight Recorder started, nothing recorded. */
    private static final String NO_EVENTS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration version="2.0" label="No events"
                description="Starts Flight Recorder with the JVM and records nothing (LexRoute benchmark)."/>
            """;

    private static final String NAME = "lexroute-benchmark";
    private static final long JCMD_TIMEOUT_SECONDS = 30;

    private final Map<String, Long> pids;
    private final Path dir;

    private FlightRecordings(Map<String, Long> pids, Path dir) {
        this.pids = pids;
        this.dir = dir;
    }

    /**
     * The options of a service JVM to be profiled: Flight Recorder starts with the JVM, with a recording of no events
     * (its configuration written to {@code dir}). Started later, at the first {@code JFR.start}, Flight Recorder sent
     * the services compiling their hot paths again for the whole profiled phase (most likely as it instruments the
     * JDK's I/O classes then, throwing away what was compiled with them inlined) (C1 and C2 took 40-55 % of their CPU, against 10-26 %
     * without a recording, and decided a quarter as many orders; 7 December).
     */
    public static List<String> jvmOptions(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path noEvents = dir.resolve("no-events.jfc").toAbsolutePath();
        Files.writeString(noEvents, NO_EVENTS);
        return List.of(STACK_DEPTH, "-XX:StartFlightRecording=name=lexroute-start,settings=" + noEvents);
    }

    /** Starts a recording with the JDK's "profile" settings in each JVM, by name. */
    public static FlightRecordings start(Map<String, Long> pids, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Long> started = new LinkedHashMap<>();
        for (Map.Entry<String, Long> jvm : pids.entrySet()) {
            String answer = jcmd(jvm.getValue(), "JFR.start", "name=" + NAME, "settings=profile");
            if (answer.contains("Started recording")) {
                started.put(jvm.getKey(), jvm.getValue());
            } else {
                System.err.println("No flight recording for " + jvm.getKey() + ": " + answer.strip());
            }
        }
        return new FlightRecordings(started, dir);
    }

    /** Dumps and stops every recording; returns the file of each JVM that wrote one. */
    public Map<String, Path> stop() {
        Map<String, Path> files = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            Path file = dir.resolve(name + ".jfr").toAbsolutePath();
            jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file);
            if (Files.isRegularFile(file)) {
                files.put(name, file);
            }
        });
        return files;
    }

    private static String jcmd(long pid, String... command) {
        String[] arguments = new String[command.length + 1];
        arguments[0] = Long.toString(pid);
        System.arraycopy(command, 0, arguments, 1, command.length);
        return JdkTool.run("jcmd", JCMD_TIMEOUT_SECONDS, arguments).map(JdkTool.Result::output)
                .orElse("jcmd did not answer");
    }
}
