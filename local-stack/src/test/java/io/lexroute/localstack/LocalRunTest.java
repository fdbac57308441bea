package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./run-local.sh} in a child JVM, as far as it gets without the services. */
class LocalRunTest {

    @Test
    void aStartThatFailsAfterKafkaStartedStopsItAndExitsWithTheReason(@TempDir Path workDir) throws Exception {
        // The run needs its PostgreSQL, and finds out once Kafka, whose threads would keep the JVM alive, runs.
        Process run = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), LocalRun.class.getName(),
                "--no-postgres", "--kafka-port", "0", "--work-dir", workDir.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(run));
            boolean exited = run.waitFor(120, TimeUnit.SECONDS);
            run.destroyForcibly();
            String lines = output.get(30, TimeUnit.SECONDS);

            assertThat(exited).as("the run exited; its output:%n%s", lines).isTrue();
            assertThat(run.exitValue()).as(lines).isEqualTo(1);
            assertThat(lines).contains("Kafka ready on", "KafkaBroker stopped")
                    .containsOnlyOnce("LexRoute did not start: the local run needs its PostgreSQL");
            assertThat(workDir.resolve("kafka")).as("the broker's data, deleted as it stopped").doesNotExist();
        } finally {
            run.destroyForcibly();
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
