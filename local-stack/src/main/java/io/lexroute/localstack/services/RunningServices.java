package io.lexroute.localstack.services;

import io.lexroute.localstack.DatabaseLogin;
import io.lexroute.localstack.FreePort;
import io.lexroute.localstack.LexRouteDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services started together against one Kafka and one PostgreSQL, stopped together: first each one's
 * migration step as the schema owner ({@link #migrate}), then the services as the runtime login ({@link #start}).
 */
public final class RunningServices implements AutoCloseable {

    /**
     * Makes a service jar (prod profile, which trusts no signing key until told one) trust the tokens that
     * {@code DevTokens} signs. The key is a class-path resource of access-control, which every service ships.
     */
    public static final Map<String, String> TRUST_DEV_TOKENS =
            Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "dev-keys/lexroute-dev-public.pem");

    private static final int PORT_ATTEMPTS = 3;
    /**
     * Four service JVMs share a small machine with Kafka and PostgreSQL: the serial collector and a bounded heap keep
     * each one's memory small. The initial heap is 96m, not the JVM's default (1/64 of the machine's memory, here the
     * whole 192m), so that the young generation, which every allocation sweeps through, is not resident in full while
     * idle; nor 32m, from which the serial collector grows the heap under load only through full collections, each a
     * pause of 0.3-0.8 s on a busy machine. Metaspace grows past its first threshold at the first requests: at 64m the
     * collector does not run a full collection for that either. Both JIT compilers, with C2 kept for the methods that
     * get hot under load: a method goes to C2 after about 50,000 calls or 400,000 loop iterations instead of the JVM's
     * 5,000 and 40,000, so that the start, where little runs that often, is left to C1. With C2's own thresholds each
     * start took half a second to a second longer; with C1 alone the services spent about twice the CPU per order
     * under load (benchmark/README.md, 6 December). The JVM returns the C heap its compilers and threads freed to the
     * system every 5 s (4-8 MiB less resident per idle service in one pair of runs), where the JDK has that switch.
     */
    public static final List<String> JVM_OPTIONS = jvmOptions(Runtime.version());

    static List<String> jvmOptions(Runtime.Version jdk) {
        List<String> options = new ArrayList<>(List.of("-Xms96m", "-Xmx192m", "-XX:MetaspaceSize=64m",
                "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-XX:Tier4InvocationThreshold=50000",
                "-XX:Tier4MinInvocationThreshold=20000", "-XX:Tier4CompileThreshold=60000",
                "-XX:Tier4BackEdgeThreshold=400000", "-Xss512k"));
        if (hasNativeHeapTrimming(jdk)) {
            options.add("-XX:+UnlockExperimentalVMOptions");
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        return List.copyOf(options);
    }

    /**
     * JDK 22 on, and the backports to 21.0.1 and 17.0.9, where the switch was experimental in the first updates that
     * had it: hence the unlock, harmless where it is a product switch.
     */
    private static boolean hasNativeHeapTrimming(Runtime.Version jdk) {
        return jdk.feature() >= 22 || jdk.feature() == 21 && jdk.update() >= 1
                || jdk.feature() == 17 && jdk.update() >= 9;
    }

    private final Map<LexRouteService, ServiceProcess> processes = new EnumMap<>(LexRouteService.class);
    private final Path projectDir;
    private final Map<String, String> environment;
    private final Path logDir;

    private RunningServices(Path projectDir, Map<String, String> environment, Path logDir) {
        this.projectDir = projectDir;
        this.environment = environment;
        this.logDir = logDir;
    }

    /**
     * Runs every service's migration step ({@link SchemaMigrations}) against this Kafka and PostgreSQL, as
     * {@code owner}, granting {@code runtime} what the services need; the services' schemas must be migrated so
     * before they start ({@link #start}) or train ({@link #trainClassArchives}), as they only validate them.
     *
     * @return how long the four steps took together
     */
    public static Duration migrate(Path projectDir, String kafkaBootstrapServers, String jdbcUrl, DatabaseLogin owner,
            DatabaseLogin runtime, Path logDir, Duration timeout) throws IOException, InterruptedException {
        Map<String, String> environment = environment(kafkaBootstrapServers, jdbcUrl, packageDir(logDir));
        environment.putAll(runtimeLogin(runtime));
        return SchemaMigrations.run(projectDir, List.of(LexRouteService.values()), environment, owner, logDir,
                timeout);
    }

    /**
     * Starts every service, as the local stack's runtime login, and waits until all are ready. Their schemas must have
     * been migrated ({@link #migrate}).
     *
     * @param fixedPorts true for the default ports (8081-8084), false for free ports (tests)
     */
    public static RunningServices start(Path projectDir, String kafkaBootstrapServers, String jdbcUrl,
            Path logDir, boolean fixedPorts, Duration readyTimeout) throws IOException, InterruptedException {
        return start(projectDir, kafkaBootstrapServers, jdbcUrl, LexRouteDatabase.RUNTIME, logDir, fixedPorts,
                readyTimeout, Map.of());
    }

    /** As above, as {@code runtime}, with extra environment variables (configuration) for some services. */
    public static RunningServices start(Path projectDir, String kafkaBootstrapServers, String jdbcUrl,
            DatabaseLogin runtime, Path logDir, boolean fixedPorts, Duration readyTimeout,
            Map<LexRouteService, Map<String, String>> overrides) throws IOException, InterruptedException {
        Map<String, String> environment = environment(kafkaBootstrapServers, jdbcUrl, packageDir(logDir));
        environment.putAll(runtimeLogin(runtime));
        RunningServices services = new RunningServices(projectDir, environment, logDir);
        try {
            for (LexRouteService service : LexRouteService.values()) {
                int port = fixedPorts ? service.defaultPort() : FreePort.pick();
                services.processes.put(service,
                        services.launch(service, port, overrides.getOrDefault(service, Map.of())));
            }
            for (LexRouteService service : LexRouteService.values()) {
                services.awaitReady(service, fixedPorts, overrides.getOrDefault(service, Map.of()), readyTimeout);
            }
            return services;
        } catch (IOException | InterruptedException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Trains the class archive of every service that has no current one ({@link ClassArchives}), against this Kafka
     * and PostgreSQL, before anything flows through them. Each is started as the real run starts it: as the local
     * stack's runtime login, on a schema already migrated ({@link #migrate}).
     *
     * @return the services whose archive was trained
     */
    public static List<LexRouteService> trainClassArchives(Path projectDir, String kafkaBootstrapServers,
            String jdbcUrl, Path logDir, Duration readyTimeout) throws IOException, InterruptedException {
        Map<String, String> environment = environment(kafkaBootstrapServers, jdbcUrl, packageDir(logDir));
        return ClassArchives.train(projectDir, List.of(LexRouteService.values()), environment,
                logDir.resolve("class-archive-training"), readyTimeout);
    }

    /** Where the gateway keeps release packages: absolute, as a service runs in its jar's folder. */
    private static Path packageDir(Path logDir) {
        return logDir.toAbsolutePath().resolveSibling("packages");
    }

    /**
     * What every service is told in a local run: where Kafka and PostgreSQL are, the local stack's runtime login (and
     * no other: {@link #runtimeLogin}), to trust the dev tokens, and where the gateway keeps release packages
     * ({@code packageDir}, absolute: a service runs in its jar's folder). A modifiable map.
     */
    public static Map<String, String> environment(String kafkaBootstrapServers, String jdbcUrl, Path packageDir) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "LEXROUTE_GATEWAY_PACKAGE_DIR", packageDir.toString()));
        environment.putAll(runtimeLogin(LexRouteDatabase.RUNTIME));
        environment.putAll(TRUST_DEV_TOKENS);
        if (System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT") == null
                && System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") == null) {
            // No collector was named: spans still propagate in the records' traceparent, but the exporter's
            // connection-refused warnings would only clutter the logs.
            environment.put("QUARKUS_LOG_CATEGORY__IO_QUARKUS_OPENTELEMETRY_RUNTIME_EXPORTER_OTLP__LEVEL", "ERROR");
        }
        return environment;
    }

    /**
     * The environment of a running service: its connection pool and its Flyway both log in as {@code runtime}, and
     * Flyway only validates the schema at start (it refuses to start on a schema that lacks one of its migrations), so
     * the service holds no owner's password. The migration step ({@link #migrationLogin}) has migrated before.
     */
    public static Map<String, String> runtimeLogin(DatabaseLogin runtime) {
        return Map.of(
                "QUARKUS_DATASOURCE_USERNAME", runtime.username(),
                "QUARKUS_DATASOURCE_PASSWORD", runtime.password(),
                "QUARKUS_FLYWAY_USERNAME", runtime.username(),
                "QUARKUS_FLYWAY_PASSWORD", runtime.password(),
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "false",
                "QUARKUS_FLYWAY_VALIDATE_AT_START", "true");
    }

    /**
     * What the migration step adds to a service's environment: Quarkus runs its init tasks and exits, and Flyway
     * migrates as {@code owner}; the runtime login it grants privileges to stays the datasource's user. The same
     * login as the runtime one for a database with one login only.
     */
    public static Map<String, String> migrationLogin(DatabaseLogin owner) {
        return Map.of(
                "QUARKUS_INIT_AND_EXIT", "true",
                "QUARKUS_FLYWAY_USERNAME", owner.username(),
                "QUARKUS_FLYWAY_PASSWORD", owner.password(),
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "true",
                "QUARKUS_FLYWAY_VALIDATE_AT_START", "false");
    }

    /**
     * A free port is only free until someone takes it: a service that lost its port to another process between the
     * pick and its start is started again on another one.
     */
    private void awaitReady(LexRouteService service, boolean fixedPort, Map<String, String> overrides,
            Duration readyTimeout) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            ServiceProcess process = processes.get(service);
            try {
                process.awaitReady(readyTimeout);
                return;
            } catch (IllegalStateException e) {
                if (fixedPort || process.isAlive() || attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                processes.put(service, launch(service, FreePort.pick(), overrides));
            }
        }
    }

    /**
     * Kills the service as a crash would (SIGKILL), starts it again on the same port with {@code overrides} and
     * waits until it is ready.
     */
    public ServiceProcess crashAndRestart(LexRouteService service, Map<String, String> overrides,
            Duration readyTimeout) throws IOException, InterruptedException {
        processes.get(service).kill();
        return restart(service, overrides, readyTimeout);
    }

    /**
     * Stops the service as an operator would: SIGTERM, then up to {@code timeout} to shut down before it is killed.
     *
     * @return true if it exited by itself in that time
     */
    public boolean stop(LexRouteService service, Duration timeout) {
        ServiceProcess process = processes.get(service);
        process.close(timeout);
        return process.exitedCleanly();
    }

    /**
     * Starts a service that has stopped again on its port, with {@code overrides}, and waits until it is ready: as the
     * runtime login the services started with, on its schema as it is (a restart runs no migration step).
     */
    public ServiceProcess restart(LexRouteService service, Map<String, String> overrides, Duration readyTimeout)
            throws IOException, InterruptedException {
        ServiceProcess stopped = processes.get(service);
        if (stopped.isAlive()) {
            throw new IllegalStateException(service.module() + " is still running");
        }
        ServiceProcess restarted = launch(service, stopped.baseUri().getPort(), overrides);
        processes.put(service, restarted);
        restarted.awaitReady(readyTimeout);
        return restarted;
    }

    private ServiceProcess launch(LexRouteService service, int port, Map<String, String> overrides)
            throws IOException {
        Map<String, String> serviceEnvironment = new HashMap<>(environment);
        serviceEnvironment.putAll(overrides);
        return ServiceProcess.prepare(service, projectDir, port, serviceEnvironment, logDir, JVM_OPTIONS).start();
    }

    public ServiceProcess get(LexRouteService service) {
        return processes.get(service);
    }

    public URI uri(LexRouteService service) {
        return processes.get(service).baseUri();
    }

    @Override
    public void close() {
        ServiceProcess.closeAll(processes.values(), ServiceProcess.STOP_TIMEOUT);
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
}
