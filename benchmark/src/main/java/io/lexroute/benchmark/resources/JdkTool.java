package io.lexroute.benchmark.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a tool of the JDK the benchmark runs on (jstat, jcmd) against a JVM and reads what it printed. */
public final class JdkTool {

    /** How the tool ended and what it printed (standard output and error together). */
    public record Result(int exitCode, String output) {
    }

    private JdkTool() {
    }

    /** Empty when the tool cannot be started, does not end within the timeout, or the wait is interrupted. */
    public static Optional<Result> run(String tool, long timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
