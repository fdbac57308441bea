package io.lexroute.benchmark;

import static io.lexroute.benchmark.Progress.step;

import io.lexroute.benchmark.kafka.RawRelay;
import io.lexroute.benchmark.kafka.RecordSample;
import io.lexroute.benchmark.kafka.RelayHop;
import io.lexroute.benchmark.kafka.SchemaCheckCost;
import io.lexroute.benchmark.kafka.TopicWatcher;
import io.lexroute.benchmark.load.OrderBodies;
import io.lexroute.benchmark.profile.FlightRecordings;
import io.lexroute.benchmark.report.BenchmarkResults;
import io.lexroute.benchmark.report.LogFindings;
import io.lexroute.benchmark.report.RelayFigures;
import io.lexroute.benchmark.report.RelayLatency;
import io.lexroute.benchmark.report.ResultsWriter;
import io.lexroute.benchmark.report.RunConditions;
import io.lexroute.benchmark.report.SchemaCheckFigures;
import io.lexroute.benchmark.report.ServiceFigures;
import io.lexroute.benchmark.report.TargetChecks;
import io.lexroute.benchmark.resources.MonitoredProcess;
import io.lexroute.benchmark.resources.ResourceUsage;
import io.lexroute.benchmark.stack.BenchmarkStack;
import io.lexroute.benchmark.stack.StartedService;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.demo.OrderClient;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./benchmark/run-benchmark.sh}: starts Kafka, PostgreSQL and the four services on this machine, measures how
 * fast and how soon LexRoute decides orders, measures the same broker's raw four-hop limit, and writes
 * results.json, summary.txt and chart.html.
 */
public final class BenchmarkMain {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration IDLE_SETTLE = Duration.ofSeconds(5);
    private static final int BROKER_WARMUP_MESSAGES = 60_000;
    private static final Duration BROKER_WARMUP_LIMIT = Duration.ofMinutes(2);
    private static final Duration SCHEMA_CHECK_WARMUP = Duration.ofSeconds(3);
    private static final Duration SCHEMA_CHECK_MEASURE = Duration.ofSeconds(2);

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        int exitCode;
        try {
            BenchmarkOptions options = BenchmarkOptions.parse(args);
            BenchmarkResults results = run(options, RunningServices.projectDir());
            step("Results in " + options.outDir().toAbsolutePath());
            System.out.println();
            System.out.print(ResultsWriter.write(results, options.outDir()));
            exitCode = 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            exitCode = 2;
        } catch (Exception e) {
            System.err.println("The benchmark failed: " + e);
            e.printStackTrace();
            exitCode = 1;
        }
        // Stops the HTTP and Kafka client threads that would otherwise keep the JVM up.
        System.exit(exitCode);
    }

    private static BenchmarkResults run(BenchmarkOptions options, Path projectDir) throws Exception {
        String startedAt = now();
        String loadBefore = loadAverage();
        step("Load average " + loadBefore + "; starting Kafka and PostgreSQL, then the four services one by one");
        Path logDir = projectDir.resolve("benchmark/target/service-logs");
        List<String> serviceJvmOptions = serviceJvmOptions(options);
        try (BenchmarkStack stack = BenchmarkStack.start(projectDir, logDir, READY_TIMEOUT,
                serviceJvmOptions)) {
            for (StartedService service : stack.services()) {
                step(String.format(Locale.ROOT, "%-22s ready in %d ms (pid %d)", service.name(),
                        service.readyIn().toMillis(), service.pid()));
            }
            OrderBodies bodies = OrderBodies.exampleCases();
            warmUpBroker(stack.bootstrapServers(), bodies);
            loadCatalog(stack, bodies);
            Thread.sleep(IDLE_SETTLE.toMillis());
            Map<String, Double> idleRss = residentMib(stack);
            step("Idle RSS (MiB): " + idleRss);

            OrderRuns measured = OrderRuns.measure(options, stack, bodies);
            Map<String, Double> afterRss = residentMib(stack);
            stack.stopServices();

            step("Raw relay: " + options.relayMessages() + " messages through four hops on the same broker");
            RawRelay.RelayRun rawRun = relay(stack.bootstrapServers(), bodies, measured.samples(),
                    options.relayMessages(), options.relayLimit(), null, stack.infrastructureProcesses());
            Map<String, ResourceUsage> relayUsage = rawRun.usage();
            step(String.format(Locale.ROOT, "Raw relay: %.0f messages/s", rawRun.figures().messagesPerSecond()));
            RelayFigures relay = withLatency(rawRun.figures(), stack.bootstrapServers(), bodies, measured.samples(),
                    options, null);
            step("Relay through PostgreSQL: the same, each hop through its inbox and outbox");
            // Unmeasured first: this JVM plays the four hops, and its JDBC path has not been compiled yet.
            RawRelay.OutboxDatabase database = new RawRelay.OutboxDatabase(stack.jdbcUrl(), projectDir);
            relay(stack.bootstrapServers(), bodies, measured.samples(), Math.max(1, options.relayMessages() / 4),
                    options.relayLimit(), database, List.of());
            RawRelay.RelayRun outboxRun = relay(stack.bootstrapServers(), bodies, measured.samples(),
                    options.relayMessages(), options.relayLimit(), database, stack.infrastructureProcesses());
            Map<String, ResourceUsage> outboxRelayUsage = outboxRun.usage();
            step(String.format(Locale.ROOT, "Relay through PostgreSQL: %.0f messages/s",
                    outboxRun.figures().messagesPerSecond()));
            RelayFigures outboxRelay = withLatency(outboxRun.figures(), stack.bootstrapServers(), bodies,
                    measured.samples(), options, database);

            step("Schema check: mapping and checking the real records in this JVM");
            Map<String, SchemaCheckFigures> schemaChecks = schemaChecks(measured);

            List<ServiceFigures> services = serviceFigures(stack, idleRss, afterRss, measured);
            Double ratio = relay.messagesPerSecond() > 0
                    ? measured.flatOut().decidedPerSecond() / relay.messagesPerSecond() : null;
            RunConditions conditions = new RunConditions(startedAt, now(), Runtime.getRuntime().availableProcessors(),
                    loadBefore, loadAverage(), System.getProperty("java.vm.name") + " "
                    + System.getProperty("java.version"), System.getProperty("os.name") + " "
                    + System.getProperty("os.version"), serviceJvmOptions, stack.classArchives(), options.toString());
            Map<String, ResourceUsage> infrastructure = new LinkedHashMap<>(measured.usage());
            services.forEach(service -> infrastructure.remove(service.name()));
            return new BenchmarkResults(conditions, services, infrastructure, relayUsage, measured.usageByRate(),
                    measured.recordSizes(), schemaChecks,
                    measured.warmup(), measured.rates(), measured.flatOut(), relay, outboxRelay, outboxRelayUsage,
                    ratio, measured.lag(),
                    TargetChecks.check(services, measured.rates(), measured.flatOut(), relay, ratio),
                    measured.notes());
        }
    }

    /** What the consumers' schema check costs on the real records; a failure here costs the run no other figure. */
    private static Map<String, SchemaCheckFigures> schemaChecks(OrderRuns measured) {
        try {
            return new SchemaCheckCost(SCHEMA_CHECK_WARMUP, SCHEMA_CHECK_MEASURE).measure(measured.samples());
        } catch (RuntimeException | LinkageError e) {
            measured.notes().add("schema check not measured: " + e);
            step("Schema check not measured: " + e);
            return Map.of();
        }
    }

    /** The shipped options, then the run's own (a later option wins). */
    private static List<String> serviceJvmOptions(BenchmarkOptions options) throws IOException {
        List<String> jvmOptions = new ArrayList<>(BenchmarkStack.SERVICE_JVM_OPTIONS);
        jvmOptions.addAll(options.extraJvmOptions());
        if (options.recordsProfiles()) {
            jvmOptions.addAll(FlightRecordings.jvmOptions(options.outDir().resolve("profiles")));
        }
        return jvmOptions;
    }

    /**
     * The four-hop relay of the real records, raw or (with {@code database}) through outboxes, with the CPU of
     * {@code watched} over its timed window.
     */
    private static RawRelay.RelayRun relay(String bootstrapServers, OrderBodies bodies,
            Map<OrderTopic, List<RecordSample>> samples, int messages, Duration limit,
            RawRelay.OutboxDatabase database, List<MonitoredProcess> watched) throws Exception {
        List<RelayHop> hops = relayHops(samples);
        if (hops.isEmpty()) {
            return new RawRelay.RelayRun(RelayFigures.notRun("a pipeline topic had no real record to copy the size of"),
                    Map.of());
        }
        return new RawRelay(bootstrapServers).run(bodies.all(), hops, messages, limit, database, watched);
    }

    /**
     * The same relay at the highest offered rate for as long as a constant-rate run, open loop, with each message's
     * latency: what the p99 target would be against, without the services. Not in the CPU samples of the relay.
     */
    private static RelayFigures withLatency(RelayFigures relay, String bootstrapServers, OrderBodies bodies,
            Map<OrderTopic, List<RecordSample>> samples, BenchmarkOptions options, RawRelay.OutboxDatabase database)
            throws Exception {
        if (relay.delivered() == 0) {
            return relay;
        }
        int rate = options.rates().get(options.rates().size() - 1);
        step(String.format(Locale.ROOT, "  and at %d messages/s for %d s", rate, options.rateDuration().toSeconds()));
        RelayLatency latency = new RawRelay(bootstrapServers).runAtRate(bodies.all(), relayHops(samples), rate,
                options.rateDuration(), options.drainTimeout(), database);
        step(String.format(Locale.ROOT, "  p50 %.1f ms, p99 %.1f ms", latency.latency().p50Ms(),
                latency.latency().p99Ms()));
        return relay.withLatency(latency);
    }

    /** The four hops, each producing the real records of its step's topic; empty if one was never seen. */
    private static List<RelayHop> relayHops(Map<OrderTopic, List<RecordSample>> samples) {
        List<RelayHop> hops = new ArrayList<>();
        String[] steps = {"request-intake", "jurisdiction-resolver", "data-locator", "response-gateway"};
        int i = 0;
        for (OrderTopic topic : TopicWatcher.PIPELINE) {
            if (samples.get(topic).isEmpty()) {
                return List.of();
            }
            hops.add(new RelayHop(steps[i++], samples.get(topic)));
        }
        return hops;
    }

    /**
     * The broker starts with the stack, minutes before the relay that measures it, and its C2 compiler threads took
     * 40 % of its CPU in the first LexRoute runs (8 % of a core at 10 orders/s): work no long-running broker does,
     * which took CPU from the services in the measured windows. A relay of the example orders, not measured, has it
     * compile its produce and fetch paths first, on a machine not yet busy with LexRoute. (It does not remove all of
     * it: LexRoute's consumer groups, offset commits and idempotent producers take paths of their own.)
     */
    private static void warmUpBroker(String bootstrapServers, OrderBodies bodies) throws Exception {
        step("Broker warm-up: " + BROKER_WARMUP_MESSAGES + " messages through a raw relay, not measured");
        List<RecordSample> records = bodies.all().stream().map(body -> new RecordSample(body, List.of())).toList();
        List<RelayHop> hops = new ArrayList<>();
        for (String step : List.of("warm-up-1", "warm-up-2", "warm-up-3", "warm-up-4")) {
            hops.add(new RelayHop(step, records));
        }
        RelayFigures warmUp = new RawRelay(bootstrapServers).run(bodies.all(), hops, BROKER_WARMUP_MESSAGES,
                BROKER_WARMUP_LIMIT, null, List.of()).figures();
        step(String.format(Locale.ROOT, "Broker warm-up: %.0f messages/s", warmUp.messagesPerSecond()));
    }

    private static void loadCatalog(BenchmarkStack stack, OrderBodies bodies) throws Exception {
        OrderClient client = new OrderClient(stack.uri(LexRouteService.REQUEST_INTAKE),
                stack.uri(LexRouteService.DATA_LOCATOR));
        for (ExampleCase exampleCase : bodies.cases()) {
            client.putCatalog(exampleCase);
        }
        step("Catalog loaded for " + bodies.cases().size() + " example cases");
    }

    private static List<ServiceFigures> serviceFigures(BenchmarkStack stack, Map<String, Double> idleRss,
            Map<String, Double> afterRss, OrderRuns measured) {
        List<ServiceFigures> figures = new ArrayList<>();
        for (StartedService service : stack.services()) {
            figures.add(new ServiceFigures(service.name(), service.pid(), service.readyIn().toMillis(),
                    service.quarkusStartedIn().map(Duration::toMillis).orElse(null),
                    idleRss.getOrDefault(service.name(), 0.0), afterRss.getOrDefault(service.name(), 0.0),
                    measured.usage().get(service.name()), measured.threadCpu().get(service.name()),
                    measured.gc().get(service.name()),
                    LogFindings.scan(service.process().logFile())));
        }
        return figures;
    }

    private static Map<String, Double> residentMib(BenchmarkStack stack) {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (StartedService service : stack.services()) {
            MonitoredProcess.of(service.name(), service.pid()).residentMib()
                    .ifPresent(mib -> rss.put(service.name(), Math.round(mib * 10) / 10.0));
        }
        return rss;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
