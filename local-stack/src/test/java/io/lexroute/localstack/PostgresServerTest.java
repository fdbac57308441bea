package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack's PostgreSQL in a child JVM, where the environment can be what a user's shell gives it. */
class PostgresServerTest {

    @Test
    void startsUnderALocaleTheSystemDoesNotHave(@TempDir Path workDir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), LocalStackMain.class.getName(),
                "--kafka-port", "0", "--postgres-port", "0", "--work-dir", workDir.toString()))
                .redirectErrorStream(true);
        // What initdb refused before the stack chose its locale itself: "invalid locale settings".
        builder.environment().put("LC_ALL", "xx_YY.UTF-8");
        Process stack = builder.start();
        try {
            CompletableFuture<String> outcome = CompletableFuture.supplyAsync(() -> readyLineOrOutput(stack));

            String line = outcome.get(120, TimeUnit.SECONDS);

            assertThat(line).startsWith("LOCAL-STACK READY").contains("jdbc=jdbc:postgresql://");
        } finally {
            stack.destroy();
            if (!stack.waitFor(30, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    /** The ready line, or everything the stack printed before it exited without one. */
    private static String readyLineOrOutput(Process process) {
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("LOCAL-STACK READY")) {
                    return line;
                }
                output.append(line).append('\n');
            }
            return output.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
