package io.lexroute.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the local stack (real Kafka and PostgreSQL) as a child JVM of this one, for tests.
 * The child stops when {@link #close()} is called, when this JVM shuts down, and, because it watches
 * the stdin pipe we hold, when this JVM dies without running its shutdown hooks.
 *
 * <p>Uses only the JDK, so it works on a classpath that has none of the broker's jars.
 */
public final class LocalStackProcess implements AutoCloseable {

    public static final String DIR_PROPERTY = LocalStackJar.DIR_PROPERTY;
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final String OUTPUT_PREFIX = "[local-stack] ";

    private final Process process;
    private final Path workDir;
    private final ChildOutput output;
    private final ReadyLine ready;
    private final Thread shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private LocalStackProcess(Process process, Path workDir, ChildOutput output, ReadyLine ready) {
        this.process = process;
        this.workDir = workDir;
        this.output = output;
        this.ready = ready;
        this.shutdownHook = new Thread(this::stop, "local-stack-process-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts Kafka and PostgreSQL on free ports from the located {@code local-stack.jar}. */
    public static LocalStackProcess start() {
        return start(true);
    }

    /** Starts Kafka, and PostgreSQL too when asked, from the located {@code local-stack.jar}. */
    public static LocalStackProcess start(boolean withPostgres) {
        return start(LocalStackJar.locateDirectory(), withPostgres, DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts the stack from {@code localStackDir} (the folder holding local-stack.jar and lib/) and waits
     * for its READY line.
     *
     * @throws IllegalStateException with the child's output if it is not ready within {@code startTimeout}
     */
    public static LocalStackProcess start(Path localStackDir, boolean withPostgres, Duration startTimeout) {
        Path workDir = createWorkDir();
        Process process = launch(command(localStackDir, workDir, withPostgres));
        ChildOutput output = ChildOutput.follow(
                process.getInputStream(), line -> System.err.println(OUTPUT_PREFIX + line));
        try {
            ReadyLine ready = output.ready().get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new LocalStackProcess(process, workDir, output, ready);
        } catch (TimeoutException e) {
            stop(process, workDir);
            throw new IllegalStateException("The local stack was not ready within " + startTimeout
                    + ". Its output:" + System.lineSeparator() + output.lastLines(), e);
        } catch (ExecutionException e) {
            String exit = waitFor(process, KILL_TIMEOUT) ? "exited with code " + process.exitValue() : "closed its output";
            stop(process, workDir);
            throw new IllegalStateException("The local stack " + exit + " before it was ready. Its output:"
                    + System.lineSeparator() + output.lastLines(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process, workDir);
            throw new IllegalStateException("Interrupted while waiting for the local stack", e);
        }
    }

    /** Kafka's {@code bootstrap.servers}, such as {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return ready.bootstrapServers();
    }

    /**
     * {@code jdbc:postgresql://127.0.0.1:<port>/lexroute} (the logins of {@link LexRouteDatabase}, and superuser
     * postgres without password); empty without PostgreSQL.
     */
    public Optional<String> jdbcUrl() {
        return ready.jdbcUrl();
    }

    /**
     * Restarts the Kafka broker (a clean shutdown, then a start on the same ports and log directory, so every
     * acknowledged record is kept) and returns how long it took, once every order topic answers again.
     *
     * @throws IllegalStateException when the broker could not be restarted within {@code timeout}
     */
    public synchronized Duration restartKafka(Duration timeout) {
        CompletableFuture<String> reply = output.nextLine(KafkaRestartCommand::isReply);
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write((KafkaRestartCommand.COMMAND + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            return KafkaRestartCommand.parseReply(reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send the local stack a command", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka was not restarted within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Kafka restarted", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; stop() is idempotent.
        }
    }

    private void stop() {
        if (stopped.compareAndSet(false, true)) {
            stop(process, workDir);
        }
    }

    private static List<String> command(Path localStackDir, Path workDir, boolean withPostgres) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(), "-Xmx512m", "-jar", localStackDir.resolve(LocalStackJar.JAR_NAME).toString(),
                "--kafka-port", "0", "--postgres-port", "0",
                "--work-dir", workDir.toString(), "--exit-with-parent"));
        if (!withPostgres) {
            command.add("--no-postgres");
        }
        return command;
    }

    private static Process launch(List<String> command) {
        try {
            // stdin stays a pipe, written to only for commands: it closes when this JVM dies and the child then exits.
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("lexroute-local-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work directory for the local stack", e);
        }
    }

    private static void stop(Process process, Path workDir) {
        // Through the handle, because Process.destroy() also closes our end of the child's output,
        // which would cut off the lines it logs while shutting down.
        process.toHandle().destroy();
        if (!waitFor(process, STOP_TIMEOUT)) {
            process.destroyForcibly();
            waitFor(process, KILL_TIMEOUT);
        }
        closeQuietly(process.getOutputStream());
        // Also makes a PostgreSQL orphaned by a killed child shut itself down: it notices its lock file is gone.
        deleteQuietly(workDir);
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(OutputStream stdin) {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // The child is gone; nothing is left to tell it.
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (UncheckedIOException e) {
            System.err.println(OUTPUT_PREFIX + "could not delete " + dir + ": " + e.getMessage());
        }
    }
}
