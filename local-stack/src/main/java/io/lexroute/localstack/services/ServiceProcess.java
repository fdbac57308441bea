package io.lexroute.localstack.services;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** One LexRoute service running as a child JVM from its Quarkus fast-jar, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** How long a service is given to shut down before it is killed. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    /** Short against the 3 s start target, so that the ready time is the service's, not the poll's. */
    private static final Duration READY_POLL = Duration.ofMillis(10);

    private final LexRouteService service;
    private final int port;
    private final Path logFile;
    private final ProcessBuilder builder;
    private volatile Process process;
    private volatile boolean killed;
    private volatile long launchedAtNanos;
    private Duration startedIn;
    private long logStart;

    private ServiceProcess(LexRouteService service, int port, Path logFile, ProcessBuilder builder) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.builder = builder;
    }

    /**
     * Prepares {@code service} on {@code port} with the given environment (Kafka and datasource settings), starting
     * from its class archive ({@link ClassArchives}); {@link #start()} runs it.
     */
    public static ServiceProcess prepare(LexRouteService service, Path projectDir, int port,
            Map<String, String> environment, Path logDir, List<String> jvmOptions) throws IOException {
        return prepare(service, projectDir, port, environment, logDir.resolve(service.module() + ".log"), jvmOptions,
                archiveOptions(service, projectDir));
    }

    /** As {@link #prepare}, for a JVM that writes the classes it loaded to {@code archive} as it exits. */
    static ServiceProcess prepareTraining(LexRouteService service, Path projectDir, int port,
            Map<String, String> environment, Path logDir, List<String> jvmOptions, Path archive) throws IOException {
        return prepare(service, projectDir, port, environment, logDir.resolve(service.module() + ".log"), jvmOptions,
                List.of("-XX:ArchiveClassesAtExit=" + archive));
    }

    /**
     * As {@link #prepare}, for the service's migration step ({@link SchemaMigrations}): a JVM that serves nothing and
     * exits, logging to {@code <module>-migration.log}. Its HTTP port is 0, in case anything listens before it exits.
     */
    static ServiceProcess prepareMigration(LexRouteService service, Path projectDir, Map<String, String> environment,
            Path logDir, List<String> jvmOptions) throws IOException {
        return prepare(service, projectDir, 0, environment, logDir.resolve(service.module() + "-migration.log"),
                jvmOptions, archiveOptions(service, projectDir));
    }

    private static List<String> archiveOptions(LexRouteService service, Path projectDir) {
        // A JVM that cannot use the archive (another Java version, say) warns and loads the classes itself.
        return ClassArchives.archiveFor(service.runnableJar(projectDir))
                .map(archive -> List.of("-XX:SharedArchiveFile=" + archive))
                .orElse(List.of());
    }

    private static ServiceProcess prepare(LexRouteService service, Path projectDir, int port,
            Map<String, String> environment, Path logFile, List<String> jvmOptions, List<String> archiveOptions)
            throws IOException {
        Path jar = service.runnableJar(projectDir);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the project first (./mvnw install -DskipTests)");
        }
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(archiveOptions);
        // After the archive option, so that an option given here wins (the benchmark compares archives this way).
        command.addAll(jvmOptions);
        // An archive records the class path as the JVM that wrote it ran the jar: relative, from the jar's folder.
        // Run any other way, the JVM finds the class path changed and ignores the archive.
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // A service's database logins and Flyway settings are the ones given here, never inherited from whoever
        // started this JVM: a shell or CI job that holds the schema owner's password must not pass it on to a service.
        builder.environment().keySet().removeIf(ServiceProcess::isDatabaseSetting);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(service, port, logFile, builder);
    }

    private static boolean isDatabaseSetting(String variable) {
        return variable.startsWith("QUARKUS_DATASOURCE_") || variable.startsWith("QUARKUS_FLYWAY_")
                || variable.equals("QUARKUS_INIT_AND_EXIT");
    }

    public synchronized ServiceProcess start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(service.module() + " is already running");
        }
        logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
        killed = false;
        launchedAtNanos = System.nanoTime();
        process = builder.start();
        return this;
    }

    /** Waits until the service reports ready on /q/health/ready (database and Kafka reachable). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + process.exitValue()
                        + "; see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startedIn = Duration.ofNanos(System.nanoTime() - launchedAtNanos);
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting up
            }
            Thread.sleep(READY_POLL.toMillis());
        }
        throw new IllegalStateException(service.module() + " not ready after " + timeout + "; see " + logFile);
    }

    /**
     * Waits up to {@code timeout} for the JVM to exit by itself (a migration step, or a service that refuses to
     * start).
     *
     * @return its exit code, or empty if it still runs
     */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        Process running = process;
        if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(running.exitValue());
    }

    /** Kills the JVM without letting it shut down, as a crash would. */
    public void kill() throws InterruptedException {
        killed = true;
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        close(STOP_TIMEOUT);
    }

    /** Asks the JVM to shut down and waits up to {@code timeout} before it kills it. */
    public void close(Duration timeout) {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killed = true;
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            killed = true;
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops {@code processes} at once, each given up to {@code timeout} to shut down. */
    public static void closeAll(Collection<ServiceProcess> processes, Duration timeout) {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : processes) {
            Thread thread = new Thread(() -> process.close(timeout), "stop-" + process.service().module());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public LexRouteService service() {
        return service;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Whether the JVM has exited after a shutdown of its own, not killed. */
    boolean exitedCleanly() {
        Process ended = process;
        return ended != null && !ended.isAlive() && !killed;
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** What the JVM has printed since its last start (the log file keeps earlier runs' output too). */
    public synchronized String output() throws IOException {
        try (SeekableByteChannel log = Files.newByteChannel(logFile)) {
            log.position(logStart);
            return new String(Channels.newInputStream(log).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** From launching the JVM until it was ready, for its last start; null before. */
    public Duration startedIn() {
        return startedIn;
    }
}
