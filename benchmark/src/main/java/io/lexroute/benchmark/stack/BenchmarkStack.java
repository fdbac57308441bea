package io.lexroute.benchmark.stack;

import io.lexroute.benchmark.resources.MonitoredProcess;
import io.lexroute.benchmark.resources.ProcessStats;
import io.lexroute.localstack.FreePort;
import io.lexroute.localstack.LexRouteDatabase;
import io.lexroute.localstack.LocalStackProcess;
import io.lexroute.localstack.services.ClassArchives;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.services.SchemaMigrations;
import io.lexroute.localstack.services.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kafka and PostgreSQL (the local stack, a child JVM) and the four services (child JVMs from their Quarkus fast-jars),
 * all on 127.0.0.1 and free ports. The services start one after the other, so that each start-to-ready time is the
 * service's own and not a share of four JVMs booting at once on two cores.
 */
public final class BenchmarkStack implements AutoCloseable {

    /** The options RunningServices gives the services in the local run, so the figures are for them as shipped. */
    public static final List<String> SERVICE_JVM_OPTIONS = RunningServices.JVM_OPTIONS;

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9]+(?:\\.[0-9]+)?)s");
    private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);
    private static final double QUIET_CPU_SECONDS_PER_SECOND = 0.1;
    private static final String SHARED_ARCHIVE = "-XX:SharedArchiveFile=";

    private final LocalStackProcess infrastructure;
    private final Map<LexRouteService, StartedService> services = new EnumMap<>(LexRouteService.class);
    private final Thread shutdownHook = new Thread(this::stopServices, "benchmark-services-stop");
    private volatile ProcessHandle postmaster;
    private String classArchives = "";

    private BenchmarkStack(LocalStackProcess infrastructure) {
        this.infrastructure = infrastructure;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Kafka and PostgreSQL, then each service in turn with {@code jvmOptions}, waiting for each to be ready.
     */
    public static BenchmarkStack start(Path projectDir, Path logDir, Duration readyTimeout, List<String> jvmOptions)
            throws IOException, InterruptedException {
        LocalStackProcess infrastructure = LocalStackProcess.start(
                projectDir.resolve("local-stack/target"), true, INFRASTRUCTURE_TIMEOUT);
        BenchmarkStack stack = new BenchmarkStack(infrastructure);
        try {
            stack.startServices(projectDir, logDir, readyTimeout, jvmOptions);
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startServices(Path projectDir, Path logDir, Duration readyTimeout, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Map<String, String> environment = new HashMap<>(RunningServices.environment(bootstrapServers(), jdbcUrl(),
                logDir.toAbsolutePath().resolveSibling("packages")));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // As a deployment: each service's migration step as the schema owner, then the services as the runtime login.
        SchemaMigrations.run(projectDir, List.of(LexRouteService.values()), environment, LexRouteDatabase.OWNER,
                logDir, readyTimeout);
        classArchives = trainClassArchives(projectDir, environment, logDir, readyTimeout, jvmOptions);
        awaitQuietInfrastructure();
        for (LexRouteService service : LexRouteService.values()) {
            Files.deleteIfExists(logDir.resolve(service.module() + ".log"));
            ServiceProcess process = ServiceProcess.prepare(service, projectDir, FreePort.pick(), environment, logDir,
                    jvmOptions);
            services.put(service, new StartedService(service, process, Duration.ZERO, Optional.empty()));
            process.start();
            process.awaitReady(readyTimeout);
            services.put(service, new StartedService(service, process, process.startedIn(),
                    quarkusStartedIn(process.logFile())));
        }
    }

    /** Trains what is not trained yet, before any start is measured; says what the services start from. */
    private String trainClassArchives(Path projectDir, Map<String, String> environment, Path logDir,
            Duration readyTimeout, List<String> jvmOptions) throws IOException, InterruptedException {
        Instant begin = Instant.now();
        List<LexRouteService> trained = ClassArchives.train(projectDir, List.of(LexRouteService.values()),
                environment, logDir.resolve("class-archive-training"), readyTimeout);
        Optional<String> chosen = jvmOptions.stream().filter(option -> option.startsWith(SHARED_ARCHIVE)).reduce(
                (first, second) -> second);
        if (chosen.isPresent()) {
            return "each service's " + chosen.get().substring(SHARED_ARCHIVE.length()) + ", as the JVM options say";
        }
        String used = Stream.of(LexRouteService.values())
                .map(service -> service.module() + " " + ClassArchives.archiveFor(service.runnableJar(projectDir))
                        .map(archive -> archive.getFileName().toString()).orElse("none"))
                .collect(Collectors.joining(", "));
        return trained.isEmpty() ? used + " (none trained in this run)"
                : String.format(Locale.ROOT, "%s (%d trained in this run, in %.1f s, before the starts measured)",
                        used, trained.size(), Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    /**
     * The broker keeps a core busy for some seconds after it reports ready, and a training leaves work behind it: a
     * start measured then would be partly theirs. Waits until Kafka and PostgreSQL together use under a tenth of a
     * core, for at most {@link #SETTLE_LIMIT}.
     */
    private void awaitQuietInfrastructure() throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        double before = infrastructureCpuSeconds();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            double now = infrastructureCpuSeconds();
            if (now - before < QUIET_CPU_SECONDS_PER_SECOND) {
                return;
            }
            before = now;
        }
    }

    private double infrastructureCpuSeconds() {
        return Stream.concat(Stream.of(infrastructure.pid()), postgresPids().stream())
                .mapToDouble(pid -> ProcessStats.cpuSeconds(pid).orElse(0))
                .sum();
    }

    /** Which class archive each service started from, and whether this run trained it. */
    public String classArchives() {
        return classArchives;
    }

    public String bootstrapServers() {
        return infrastructure.bootstrapServers();
    }

    public String jdbcUrl() {
        return infrastructure.jdbcUrl().orElseThrow();
    }

    public StartedService service(LexRouteService service) {
        return services.get(service);
    }

    public List<StartedService> services() {
        return List.copyOf(services.values());
    }

    public URI uri(LexRouteService service) {
        return services.get(service).process().baseUri();
    }

    /** Each service JVM, then the broker's JVM and PostgreSQL with its backends, then this JVM (the load). */
    public List<MonitoredProcess> monitoredProcesses() {
        List<MonitoredProcess> monitored = new ArrayList<>();
        services.values().forEach(service -> monitored.add(MonitoredProcess.of(service.name(), service.pid())));
        monitored.addAll(infrastructureProcesses());
        return monitored;
    }

    /** The broker's JVM, PostgreSQL with its backends, and this JVM (the load). */
    public List<MonitoredProcess> infrastructureProcesses() {
        List<MonitoredProcess> monitored = new ArrayList<>();
        monitored.add(MonitoredProcess.of("kafka (local-stack JVM)", infrastructure.pid()));
        monitored.add(new MonitoredProcess("postgresql (all processes)", this::postgresPids));
        monitored.add(MonitoredProcess.of("benchmark (load generator)", ProcessHandle.current().pid()));
        return monitored;
    }

    /** Stops the services (the broker and database stay up, for the relay). */
    public void stopServices() {
        ServiceProcess.closeAll(services.values().stream().map(StartedService::process).toList(),
                ServiceProcess.STOP_TIMEOUT);
    }

    @Override
    public void close() {
        stopServices();
        infrastructure.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running; stopping twice is harmless
        }
    }

    /**
     * The embedded PostgreSQL's postmaster detaches from the local-stack JVM, so it is found (once) by the port on
     * its command line, and its backends as its children.
     */
    private List<Long> postgresPids() {
        if (postmaster == null) {
            String port = "-p " + URI.create(jdbcUrl().substring("jdbc:".length())).getPort();
            postmaster = ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine()
                            .map(line -> line.contains("postgres")
                                    && (line.contains(port + " ") || line.endsWith(port)))
                            .orElse(false))
                    .findFirst()
                    .orElse(null);
        }
        if (postmaster == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).map(ProcessHandle::pid).toList();
    }

    private static Optional<Duration> quarkusStartedIn(Path logFile) {
        try (Stream<String> lines = Files.lines(logFile)) {
            return lines.map(QUARKUS_STARTED::matcher)
                    .filter(Matcher::find)
                    .reduce((first, second) -> second)
                    .map(matcher -> Duration.ofMillis(Math.round(Double.parseDouble(matcher.group(1)) * 1000)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
