package io.lexroute.benchmark;

import static io.lexroute.benchmark.Progress.report;
import static io.lexroute.benchmark.Progress.step;

import io.lexroute.benchmark.kafka.ConsumerLagSampler;
import io.lexroute.benchmark.kafka.RecordSample;
import io.lexroute.benchmark.kafka.TopicWatcher;
import io.lexroute.benchmark.load.Backlog;
import io.lexroute.benchmark.load.ConstantRateRun;
import io.lexroute.benchmark.load.FlatOutRun;
import io.lexroute.benchmark.load.OrderBodies;
import io.lexroute.benchmark.load.OrderPoster;
import io.lexroute.benchmark.load.RunStart;
import io.lexroute.benchmark.profile.FlightRecordings;
import io.lexroute.benchmark.profile.HotMethods;
import io.lexroute.benchmark.report.RecordSizes;
import io.lexroute.benchmark.report.RunFigures;
import io.lexroute.benchmark.resources.GcSnapshot;
import io.lexroute.benchmark.resources.ResourceSampler;
import io.lexroute.benchmark.resources.ResourceUsage;
import io.lexroute.benchmark.resources.ThreadCpu;
import io.lexroute.benchmark.stack.BenchmarkStack;
import io.lexroute.benchmark.stack.StartedService;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.localstack.services.LexRouteService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The warm-up, the constant-rate runs and the flat-out run against the running services, all watched by one
 * consumer on the order topics; resources, GC and consumer lag are sampled during the flat-out run.
 *
 * @param usage          memory and CPU per process group during the flat-out run
 * @param usageByRate    CPU (and memory) per process group during each constant-rate run, by its label: what an order
 *                       costs when it is not batched with many others
 * @param threadCpu      CPU seconds per service and thread group during the flat-out run
 * @param gc             GC per service during the flat-out run
 * @param lag            the largest lag per consumer group and topic during the flat-out run
 * @param recordSizes    sizes of the real records per topic
 * @param samples        real records per topic, for the relay
 * @param notes          what was not run, and why
 */
record OrderRuns(RunFigures warmup, List<RunFigures> rates, RunFigures flatOut, Map<String, ResourceUsage> usage,
        Map<String, Map<String, ResourceUsage>> usageByRate,
        Map<String, Map<String, Double>> threadCpu, Map<String, GcSnapshot> gc, Map<String, Long> lag,
        Map<String, RecordSizes> recordSizes,
        Map<OrderTopic, List<RecordSample>> samples, List<String> notes) {

    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(500);
    private static final Duration WARMUP_ROUND = Duration.ofSeconds(30);
    /** Below this share of a core, the four services' compilers together count as settled. */
    private static final double COMPILING = 0.10;

    static OrderRuns measure(BenchmarkOptions options, BenchmarkStack stack, OrderBodies bodies)
            throws InterruptedException, IOException {
        try (TopicWatcher watcher = TopicWatcher.start(stack.bootstrapServers())) {
            OrderPoster poster = new OrderPoster(stack.uri(LexRouteService.REQUEST_INTAKE),
                    UUID.randomUUID().toString().substring(0, 8));
            ConstantRateRun constantRate = new ConstantRateRun(poster, bodies, watcher);
            Backlog backlog = new Backlog();
            List<String> notes = new ArrayList<>();

            RunFigures warmup = warmUp(constantRate, backlog, stack, options, notes);

            List<RunFigures> rates = new ArrayList<>();
            Map<String, Map<String, ResourceUsage>> usageByRate = new LinkedHashMap<>();
            for (int rate : options.rates()) {
                RunFigures overloaded = rates.stream().filter(run -> !run.keptUp()).findFirst().orElse(null);
                if (overloaded != null && rate >= overloaded.offeredPerSecond()) {
                    notes.add(String.format(Locale.ROOT, "%d orders/s not run: LexRoute did not keep up with %.0f"
                            + " orders/s (%.1f decided/s; %d undecided, %d rejected, %d failed, %d unsent)", rate,
                            overloaded.offeredPerSecond(), overloaded.decidedPerSecond(), overloaded.undecided(),
                            overloaded.rejected(), overloaded.failed(), overloaded.unsent()));
                    step(notes.get(notes.size() - 1));
                    continue;
                }
                step("Constant rate: " + rate + " orders/s for " + options.rateDuration().toSeconds() + " s");
                RunStart runStart = start("rate-" + rate, backlog, watcher, options);
                ResourceSampler rateSampler = ResourceSampler.start(stack.monitoredProcesses(), SAMPLE_INTERVAL);
                Path rateProfiles = options.outDir().resolve("profiles/rate-" + rate);
                FlightRecordings rateRecordings = rate == options.profileRate()
                        ? FlightRecordings.start(pids(stack), rateProfiles) : null;
                RunFigures run = constantRate.run(runStart, rate, options.rateDuration(), options.drainTimeout());
                if (rateRecordings != null) {
                    describeProfiles(rateRecordings.stop(), rateProfiles.resolve("profile.txt"),
                            "the constant-rate run at " + rate + " orders/s");
                }
                usageByRate.put(run.label(), rateSampler.stop());
                report(run);
                rates.add(run);
            }

            step("Flat out: " + options.flatOutOrders() + " orders, " + options.flatOutClients() + " clients");
            RunStart flatOutStart = start("flat-out", backlog, watcher, options);
            Map<String, GcSnapshot> gcBefore = gc(stack);
            Map<String, ThreadCpu> threadsBefore = threads(stack);
            ResourceSampler sampler = ResourceSampler.start(stack.monitoredProcesses(), SAMPLE_INTERVAL);
            ConsumerLagSampler lagSampler = ConsumerLagSampler.start(stack.bootstrapServers());
            FlightRecordings recordings = options.profile()
                    ? FlightRecordings.start(pids(stack), options.outDir().resolve("profiles")) : null;
            RunFigures flatOut = new FlatOutRun(poster, bodies, watcher).run(flatOutStart, options.flatOutOrders(),
                    options.flatOutClients(), options.flatOutLimit(), options.drainTimeout());
            if (recordings != null) {
                describeProfiles(recordings.stop(), options.outDir().resolve("profiles/profile.txt"),
                        "the flat-out run");
            }
            Map<String, ResourceUsage> usage = sampler.stop();
            Map<String, Long> lag = lagSampler.stop();
            Map<String, Map<String, Double>> threadCpu = new LinkedHashMap<>();
            threads(stack).forEach((name, after) -> threadCpu.put(name, after.since(threadsBefore.get(name))));
            Map<String, GcSnapshot> gcDuring = since(gc(stack), gcBefore);
            report(flatOut);

            Map<String, RecordSizes> sizes = new LinkedHashMap<>();
            Map<OrderTopic, List<RecordSample>> samples = new LinkedHashMap<>();
            for (OrderTopic topic : TopicWatcher.PIPELINE) {
                samples.put(topic, watcher.samples(topic));
                sizes.put(topic.topic(), RecordSizes.of(samples.get(topic)));
            }
            return new OrderRuns(warmup, rates, flatOut, usage, usageByRate, threadCpu, gcDuring, lag, sizes, samples,
                    notes);
        }
    }

    /**
     * Submits at the warm-up rate for {@code --warmup}, then in rounds of {@link #WARMUP_ROUND} for as long as the
     * services' JIT compilers, all four together, took more than {@link #COMPILING} of a core in the last round, up
     * to {@code --warmup-limit}: a run measured while they still compile measures the compilers. As shipped (C2 for
     * the hot methods only) they settle after six to eight minutes at 80 orders/s on two cores shared by seven
     * processes; with C1 alone ({@code --jvm-options -XX:TieredStopAtLevel=1}) within a minute. Returns the last
     * round.
     */
    private static RunFigures warmUp(ConstantRateRun constantRate, Backlog backlog, BenchmarkStack stack,
            BenchmarkOptions options, List<String> notes) throws InterruptedException {
        step("Warm-up: " + options.warmupRate() + " orders/s for " + options.warmupDuration().toSeconds()
                + " s, then until the services' compilers settle (at most " + options.warmupLimit().toSeconds()
                + " s)");
        long started = System.nanoTime();
        Duration round = options.warmupDuration();
        for (int rounds = 1; ; rounds++) {
            Map<String, ThreadCpu> before = threads(stack);
            long roundStart = System.nanoTime();
            // A label of its own per round: the idempotency keys are made of it, and a key sent again is no new order.
            String label = rounds == 1 ? "warmup" : "warmup-" + rounds;
            RunFigures warmup = constantRate.run(new RunStart(label, backlog, 0), options.warmupRate(), round,
                    options.drainTimeout());
            report(warmup);
            if (warmup.decided() == 0) {
                throw new IllegalStateException("no order was decided during the warm-up (" + warmup.sampleErrors()
                        + "); see the service logs in benchmark/target/service-logs");
            }
            double compiling = compilerCores(before, threads(stack), System.nanoTime() - roundStart);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            boolean settled = compiling <= COMPILING;
            if (settled || elapsed.plus(WARMUP_ROUND).compareTo(options.warmupLimit()) > 0) {
                notes.add(String.format(Locale.ROOT, "warm-up: %d orders/s for %d s; in its last %d s the services'"
                                + " JIT compilers took %.0f %% of a core%s", options.warmupRate(), elapsed.toSeconds(),
                        round.toSeconds(), compiling * 100, settled ? "" : " (still compiling: --warmup-limit reached)"));
                step(notes.get(notes.size() - 1));
                return warmup;
            }
            step(String.format(Locale.ROOT, "  the services' compilers took %.0f %% of a core: warming up %d s more",
                    compiling * 100, WARMUP_ROUND.toSeconds()));
            round = WARMUP_ROUND;
        }
    }

    /** Cores the services' JIT compiler threads used on average between the two readings. */
    private static double compilerCores(Map<String, ThreadCpu> before, Map<String, ThreadCpu> after, long nanos) {
        double seconds = 0;
        for (Map.Entry<String, ThreadCpu> service : after.entrySet()) {
            seconds += service.getValue().since(before.get(service.getKey())).entrySet().stream()
                    .filter(group -> group.getKey().contains("CompilerThre"))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
        }
        return seconds / (nanos / 1e9);
    }

    /** Lets the orders earlier runs left behind through first (within the drain timeout), and says how many remain. */
    private static RunStart start(String label, Backlog backlog, TopicWatcher watcher, BenchmarkOptions options) {
        int left = backlog.awaitDecided(watcher, options.drainTimeout());
        if (left > 0) {
            step(label + " starts with " + left + " orders of earlier runs still undecided");
        }
        return new RunStart(label, backlog, left);
    }

    private static Map<String, Long> pids(BenchmarkStack stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        stack.services().forEach(service -> pids.put(service.name(), service.pid()));
        return pids;
    }

    private static void describeProfiles(Map<String, Path> recordings, Path profileText, String phase)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Path> recording : recordings.entrySet()) {
            text.append(HotMethods.of(recording.getValue()).describe(recording.getKey()))
                    .append(System.lineSeparator());
        }
        Files.writeString(profileText, text, StandardCharsets.UTF_8);
        step("Where the services' CPU went during " + phase + " (" + profileText + "):");
        System.out.print(text);
    }

    private static Map<String, ThreadCpu> threads(BenchmarkStack stack) {
        Map<String, ThreadCpu> threads = new LinkedHashMap<>();
        for (StartedService service : stack.services()) {
            threads.put(service.name(), ThreadCpu.of(service.pid()));
        }
        return threads;
    }

    private static Map<String, GcSnapshot> gc(BenchmarkStack stack) {
        Map<String, GcSnapshot> snapshots = new LinkedHashMap<>();
        for (StartedService service : stack.services()) {
            GcSnapshot.of(service.pid()).ifPresent(snapshot -> snapshots.put(service.name(), snapshot));
        }
        return snapshots;
    }

    private static Map<String, GcSnapshot> since(Map<String, GcSnapshot> after, Map<String, GcSnapshot> before) {
        Map<String, GcSnapshot> during = new LinkedHashMap<>();
        after.forEach((name, snapshot) -> {
            if (before.containsKey(name)) {
                during.put(name, snapshot.since(before.get(name)));
            }
        });
        return during;
    }
}
