package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
        String lines = outputOfAFailedStart(localRun("--no-postgres", "--kafka-port", "0", "--work-dir",
                workDir.toString()), Duration.ofSeconds(120));

        assertThat(lines).contains("Kafka ready on", "KafkaBroker stopped")
                .containsOnlyOnce("LexRoute did not start: the local run needs its PostgreSQL");
        assertThat(workDir.resolve("kafka")).as("the broker's data, deleted as it stopped").doesNotExist();
    }

    @Test
    void aServicePortThatIsTakenStopsTheRunBeforeAnyServiceStarts(@TempDir Path workDir) throws Exception {
        int port = LexRouteService.REQUEST_INTAKE.defaultPort();
        // Taken by this test, or by something else already: either way the run cannot have it.
        ServerSocket taken = new ServerSocket();
        try {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException alreadyTaken) {
            taken.close();
        }
        try (ServerSocket holding = taken) {
            String lines = outputOfAFailedStart(localRun("--kafka-port", "0", "--postgres-port", "0", "--work-dir",
                    workDir.toString()), Duration.ofSeconds(120));

            assertThat(lines).contains("LexRoute did not start: Port " + port + " cannot be used",
                    "(request-intake's port in a local run)").doesNotContain("Training the services");
        }
    }

    @Test
    void runLocalShRefusesASecondRunBeforeItBuildsAnything(@TempDir Path workDir) throws Exception {
        // The lock as a running stack leaves it: its JVM's pid, here this live test JVM's.
        Files.writeString(workDir.resolve(WorkDirLock.FILE_NAME), Long.toString(ProcessHandle.current().pid()));
        Path script = RunningServices.projectDir().resolve("run-local.sh");
        String lines = outputOfAFailedStart(
                new ProcessBuilder("bash", script.toString(), "--work-dir", workDir.toString()), Duration.ofSeconds(30));

        assertThat(lines).contains("LexRoute's local stack is already running in " + workDir,
                "(pid " + ProcessHandle.current().pid() + ")").doesNotContain("Building LexRoute");
    }

    /** {@code LocalRun} in a JVM of its own, on this test's classpath. */
    private static ProcessBuilder localRun(String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), LocalRun.class.getName()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command);
    }

    /** Runs {@code start}, which must end within {@code timeout} with exit code 1; what it printed. */
    private static String outputOfAFailedStart(ProcessBuilder start, Duration timeout) throws Exception {
        Process run = start.redirectErrorStream(true).start();
        try {
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(run));
            boolean exited = run.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!exited) {
                // Destroying closes the process's streams, even once it has exited: only to unblock the reader of one
                // that hangs, or the reader may lose the end of the output ("Stream closed").
                run.destroyForcibly();
            }
            String lines = output.get(30, TimeUnit.SECONDS);

            assertThat(exited).as("it exited; its output:%n%s", lines).isTrue();
            assertThat(run.exitValue()).as(lines).isEqualTo(1);
            return lines;
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
