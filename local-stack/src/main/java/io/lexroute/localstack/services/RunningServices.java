package io.lexroute.localstack.services;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The four services started together against one Kafka and one PostgreSQL, stopped together. */
public final class RunningServices implements AutoCloseable {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    private final Map<LexRouteService, ServiceProcess> processes;

    private RunningServices(Map<LexRouteService, ServiceProcess> processes) {
        this.processes = processes;
    }

    /**
     * Starts every service and waits until all are ready.
     *
     * @param fixedPorts true for the default ports (8081-8084), false for free ports (tests)
     */
    public static RunningServices start(Path projectDir, String kafkaBootstrapServers, String jdbcUrl,
            Path logDir, boolean fixedPorts, Duration readyTimeout) throws IOException, InterruptedException {
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "LEXROUTE_GATEWAY_PACKAGE_DIR", logDir.resolveSibling("packages").toString());
        Map<LexRouteService, ServiceProcess> processes = new EnumMap<>(LexRouteService.class);
        RunningServices services = new RunningServices(processes);
        try {
            for (LexRouteService service : LexRouteService.values()) {
                int port = fixedPorts ? service.defaultPort() : freePort();
                processes.put(service, ServiceProcess.prepare(service, projectDir, port, environment, logDir,
                        JVM_OPTIONS).start());
            }
            for (ServiceProcess process : processes.values()) {
                process.awaitReady(readyTimeout);
            }
            return services;
        } catch (IOException | InterruptedException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public ServiceProcess get(LexRouteService service) {
        return processes.get(service);
    }

    public URI uri(LexRouteService service) {
        return processes.get(service).baseUri();
    }

    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : processes.values()) {
            Thread thread = new Thread(process::close, "stop-" + process.service().module());
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

    /** The project's root folder: {@code lexroute.project.dir}, else the nearest parent of the cwd with the modules. */
    public static Path projectDir() {
        String configured = System.getProperty("lexroute.project.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(LexRouteService.REQUEST_INTAKE.module()))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the LexRoute project folder from " + Path.of("").toAbsolutePath());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
