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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One LexRoute service running as a child JVM from its Quarkus fast-jar, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The AppCDS archive Quarkus writes next to quarkus-run.jar when quarkus.package.jar.appcds.enabled is set. */
    private static final String CLASS_ARCHIVE = "app-cds.jsa";

    private final LexRouteService service;
    private final int port;
    private final Path logFile;
    private final ProcessBuilder builder;
    private volatile Process process;
    private Duration startedIn;
    private long logStart;

    private ServiceProcess(LexRouteService service, int port, Path logFile, ProcessBuilder builder) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.builder = builder;
    }

    /**
     * Prepares {@code service} on {@code port} with the given environment (Kafka and datasource settings);
     * {@link #start()} runs it.
     */
    public static ServiceProcess prepare(LexRouteService service, Path projectDir, int port,
            Map<String, String> environment, Path logDir, List<String> jvmOptions) throws IOException {
        Path jar = service.runnableJar(projectDir);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the project first (./mvnw install -DskipTests)");
        }
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve(service.module() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        Path classArchive = jar.resolveSibling(CLASS_ARCHIVE);
        if (Files.isRegularFile(classArchive)) {
            // A JVM that cannot use the archive (another Java version, say) warns and loads the classes itself.
            command.add("-XX:SharedArchiveFile=" + classArchive);
        }
        // The archive records the class path as Quarkus's build ran the jar: relative, from the jar's folder. Run
        // any other way, the JVM finds the class path changed and ignores the archive.
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(service, port, logFile, builder);
    }

    public synchronized ServiceProcess start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(service.module() + " is already running");
        }
        logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
        process = builder.start();
        return this;
    }

    /** Waits until the service reports ready on /q/health/ready (database and Kafka reachable). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + process.exitValue()
                        + "; see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startedIn = Duration.between(begin, Instant.now());
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting up
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(service.module() + " not ready after " + timeout + "; see " + logFile);
    }

    /** Kills the JVM without letting it shut down, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(15, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public LexRouteService service() {
        return service;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
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

    /** How long the last start took until ready, or null before. */
    public Duration startedIn() {
        return startedIn;
    }
}
