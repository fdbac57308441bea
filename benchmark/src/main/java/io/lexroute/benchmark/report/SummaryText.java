package io.lexroute.benchmark.report;

import io.lexroute.benchmark.resources.GcSnapshot;
import io.lexroute.benchmark.resources.ResourceUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a run as plain text: printed at the end and kept as summary.txt. */
public final class SummaryText {

    private static final int THREAD_GROUPS_SHOWN = 6;

    private final StringBuilder text = new StringBuilder();
    private int cpus;

    private SummaryText() {
    }

    public static String of(BenchmarkResults results) {
        SummaryText summary = new SummaryText();
        summary.conditions(results.conditions());
        summary.services(results.services());
        summary.infrastructure(results.infrastructureUnderLoad(), results.services());
        summary.recordSizes(results.recordSizes());
        summary.schemaChecks(results.schemaChecks());
        summary.rates(results.rates(), results.notes());
        summary.flatOut(results.flatOut());
        summary.stages(results);
        summary.relay("Raw relay", "", results.relay(), results.lexRouteToRelayRatio(),
                results.infrastructureInRelay() == null ? Map.of() : results.infrastructureInRelay());
        summary.relay("Relay through PostgreSQL", ", each hop through its own inbox and outbox (kafka-outbox's tables"
                + " and statements, plain JDBC)", results.outboxRelay(), ratio(results.flatOut(), results.outboxRelay()),
                results.infrastructureInOutboxRelay() == null ? Map.of() : results.infrastructureInOutboxRelay());
        summary.cpuPerItem(results);
        summary.cpuPerRate(results);
        summary.lag(results.maxConsumerLag());
        summary.targets(results.targets());
        summary.logs(results.services());
        return summary.text.toString();
    }

    private void conditions(RunConditions conditions) {
        cpus = conditions.availableProcessors();
        line("LexRoute benchmark, %s to %s", conditions.startedAt(), conditions.finishedAt());
        line("  machine: %d CPUs, %s, %s", conditions.availableProcessors(), conditions.os(), conditions.java());
        line("  load average before: %s; after: %s", conditions.loadAverageBefore(), conditions.loadAverageAfter());
        line("  service JVM options: %s", String.join(" ", conditions.serviceJvmOptions()));
        line("  class archives: %s", conditions.classArchives());
        line("  options: %s", conditions.options());
        blank();
    }

    private void services(List<ServiceFigures> services) {
        line("Services: start and resident memory (RSS); 'load' is the flat-out run");
        line("  %-22s %9s %10s %9s %10s %10s %9s  %s", "service", "ready ms", "quarkus ms", "idle MiB",
                "load peak", "after MiB", "load CPU", "GC under load");
        for (ServiceFigures service : services) {
            ResourceUsage load = service.underLoad();
            line("  %-22s %9d %10s %9.0f %10s %10.0f %9s  %s", service.name(), service.readyMs(),
                    service.quarkusStartedMs() == null ? "-" : service.quarkusStartedMs().toString(),
                    service.idleRssMib(), load == null ? "-" : String.format(Locale.ROOT, "%.0f", load.peakRssMib()),
                    service.afterRunsRssMib(),
                    load == null ? "-" : String.format(Locale.ROOT, "%.0f%%", load.cpuPercentOfOneCore()),
                    gc(service.gcUnderLoad()));
        }
        line("  (CPU as %% of one core over the flat-out window; this machine has 2 cores = 200%%)");
        blank();
        line("Where each service's CPU went during the flat-out run (seconds per thread group, largest first)");
        for (ServiceFigures service : services) {
            Map<String, Double> threads = service.threadCpuUnderLoad();
            if (threads == null || threads.isEmpty()) {
                continue;
            }
            double total = threads.values().stream().mapToDouble(Double::doubleValue).sum();
            StringBuilder groups = new StringBuilder();
            threads.entrySet().stream().limit(THREAD_GROUPS_SHOWN).forEach(entry -> groups.append(String.format(
                    Locale.ROOT, "%s%s %.1f s (%.0f%%)", groups.length() == 0 ? "" : ", ", entry.getKey(),
                    entry.getValue(), total <= 0 ? 0 : 100 * entry.getValue() / total)));
            line("  %-22s %s", service.name(), groups);
        }
        blank();
    }

    private void infrastructure(Map<String, ResourceUsage> usage, List<ServiceFigures> services) {
        if (usage == null || usage.isEmpty()) {
            return;
        }
        line("Broker, database and load generator during the flat-out run");
        usage.forEach((name, u) -> line("  %-28s CPU %5.0f%%  RSS peak %6.0f MiB", name, u.cpuPercentOfOneCore(),
                u.peakRssMib()));
        line("  (the four services' CPU is in the table above; all of it together: %.0f%% of the machine's %d%%)",
                services.stream().mapToDouble(s -> s.underLoad() == null ? 0 : s.underLoad().cpuPercentOfOneCore())
                        .sum() + usage.values().stream().mapToDouble(ResourceUsage::cpuPercentOfOneCore).sum(),
                100 * cpus);
        line("  (PostgreSQL's RSS adds up its processes, counting shared buffers more than once)");
        blank();
    }

    private void recordSizes(Map<String, RecordSizes> sizes) {
        line("Real record sizes per topic (bytes, mean value [min-max] + headers)");
        sizes.forEach((topic, s) -> line("  %-16s %7.0f [%d-%d] + %.0f   (%d samples)", topic, s.meanValueBytes(),
                s.minValueBytes(), s.maxValueBytes(), s.meanHeaderBytes(), s.samples()));
        blank();
    }

    private void schemaChecks(Map<String, SchemaCheckFigures> checks) {
        if (checks == null || checks.isEmpty()) {
            return;
        }
        line("What a consumer spends on a real value before applying it (this JVM, services stopped; microseconds)");
        line("  %-16s %8s %12s %14s", "topic", "bytes", "read + map", "schema check");
        checks.forEach((topic, c) -> line("  %-16s %8.0f %12.1f %14.1f", topic, c.meanValueBytes(), c.mapMicros(),
                c.checkMicros()));
        blank();
    }

    private void rates(List<RunFigures> rates, List<String> notes) {
        line("Constant-rate runs: POST -> order.decided latency, measured from each order's intended send time");
        line("  %9s %6s %6s %8s %6s %8s %9s %10s %8s %8s %8s %8s %8s %9s", "offered/s", "sent", "unsent",
                "rejected", "failed", "decided", "undecided", "decided/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
                "max ms", "POST p99");
        for (RunFigures run : rates) {
            LatencyFigures l = run.decisionLatency();
            line("  %9.0f %6d %6d %8d %6d %8d %9d %10.1f %8.1f %8.1f %8.1f %8.1f %8.1f %9.1f",
                    run.offeredPerSecond(), run.sent(), run.unsent(), run.rejected(), run.failed(), run.decided(),
                    run.undecided(), run.decidedPerSecond(), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.p999Ms(), l.maxMs(),
                    run.postLatency().p99Ms());
            errors(run);
            backlog(run);
        }
        line("  (every scheduled order is in the percentiles: one not decided, whether undecided, rejected, failed or"
                + " unsent, with the time from its intended send to the end of the wait, a lower bound)");
        notes.forEach(note -> line("  %s", note));
        blank();
    }

    private void flatOut(RunFigures run) {
        if (run == null) {
            return;
        }
        line("Flat-out run: %d orders, %d concurrent clients (closed loop)", run.scheduled(), run.clients());
        line("  sent %d, unsent %d, accepted %d (%.1f/s), rejected %d, failed %d", run.sent(), run.unsent(),
                run.accepted(), run.acceptedPerSecond(), run.rejected(), run.failed());
        line("  decided %d, undecided %d: %.1f decided orders/s end to end", run.decided(), run.undecided(),
                run.decidedPerSecond());
        LatencyFigures l = run.decisionLatency();
        line("  latency from actual send (not free of coordinated omission): p50 %.1f, p99 %.1f, max %.1f ms",
                l.p50Ms(), l.p99Ms(), l.maxMs());
        errors(run);
        backlog(run);
        blank();
    }

    private void stages(BenchmarkResults results) {
        List<RunFigures> runs = new ArrayList<>(results.rates());
        if (results.flatOut() != null) {
            runs.add(results.flatOut());
        }
        if (runs.isEmpty()) {
            return;
        }
        line("Where the time goes: p50 / p99 ms per step (from when this JVM saw the order on each topic)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-58s", "step"));
        runs.forEach(run -> header.append(String.format(Locale.ROOT, " %18s", run.label())));
        text.append(header).append(System.lineSeparator());
        for (String step : runs.get(0).stages().keySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-58s", step));
            for (RunFigures run : runs) {
                LatencyFigures l = run.stages().get(step);
                row.append(String.format(Locale.ROOT, " %18s",
                        String.format(Locale.ROOT, "%.1f / %.1f", l.p50Ms(), l.p99Ms())));
            }
            text.append(row).append(System.lineSeparator());
        }
        blank();
    }

    private static Double ratio(RunFigures flatOut, RelayFigures relay) {
        return flatOut == null || relay == null || relay.messagesPerSecond() <= 0 ? null
                : flatOut.decidedPerSecond() / relay.messagesPerSecond();
    }

    private void relay(String title, String how, RelayFigures relay, Double ratio, Map<String, ResourceUsage> usage) {
        if (relay == null) {
            return;
        }
        if (relay.note() != null && relay.delivered() == 0) {
            line("%s: not run (%s)", title, relay.note());
            blank();
            return;
        }
        line("%s: %d messages through %d consume -> produce hops (acks=all), same broker, same sizes%s",
                title, relay.messages(), relay.hops().size(), how);
        for (RelayFigures.HopFigures hop : relay.hops()) {
            line("  hop %-22s produces %5.0f B value + %4.0f B headers", hop.name(), hop.meanValueBytes(),
                    hop.meanHeaderBytes());
        }
        line("  delivered %d in %.1f s: %.0f messages/s end to end%s", relay.delivered(), relay.elapsedSeconds(),
                relay.messagesPerSecond(), relay.note() == null ? "" : " (" + relay.note() + ")");
        line("  (one producer filled the first topic at %.0f messages/s)", relay.prefillPerSecond());
        usage.forEach((name, u) -> line("  %-28s CPU %5.0f%% while the relay was timed", name,
                u.cpuPercentOfOneCore()));
        RelayLatency atRate = relay.atRate();
        if (atRate != null) {
            LatencyFigures l = atRate.latency();
            line("  at %d messages/s, open loop, from each message's due time: %d of %d out; p50 %.1f, p90 %.1f,"
                    + " p99 %.1f, p99.9 %.1f, max %.1f ms%s", atRate.ratePerSecond(), atRate.delivered(),
                    atRate.sent(), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.p999Ms(), l.maxMs(),
                    atRate.note() == null ? "" : " (" + atRate.note() + ")");
        }
        if (ratio != null) {
            line("  LexRoute / %s = %.4f (%.2f%%)", Character.toLowerCase(title.charAt(0)) + title.substring(1), ratio,
                    100 * ratio);
        }
        blank();
    }

    /** CPU of every watched process per decided order (flat out) and per relayed message, from the same samples. */
    private void cpuPerItem(BenchmarkResults results) {
        RunFigures flatOut = results.flatOut();
        RelayFigures relay = results.relay();
        if (flatOut == null || flatOut.decided() == 0 || relay == null || relay.delivered() == 0
                || results.infrastructureInRelay() == null) {
            return;
        }
        double lexRoute = results.services().stream()
                .mapToDouble(s -> s.underLoad() == null ? 0 : s.underLoad().cpuSeconds()).sum()
                + results.infrastructureUnderLoad().values().stream().mapToDouble(ResourceUsage::cpuSeconds).sum();
        double relayed = results.infrastructureInRelay().values().stream()
                .mapToDouble(ResourceUsage::cpuSeconds).sum();
        line("CPU per item, all watched processes (services, broker, PostgreSQL, load generator)");
        line("  LexRoute flat out: %.1f ms of CPU per decided order (%.0f s for %d orders)",
                1000 * lexRoute / flatOut.decided(), lexRoute, flatOut.decided());
        relayCpu("raw relay", relay, relayed);
        RelayFigures outboxRelay = results.outboxRelay();
        if (outboxRelay != null && outboxRelay.delivered() > 0 && results.infrastructureInOutboxRelay() != null) {
            relayCpu("relay through PostgreSQL", outboxRelay, results.infrastructureInOutboxRelay().values().stream()
                    .mapToDouble(ResourceUsage::cpuSeconds).sum());
        }
        line("  (a relay's CPU is sampled from releasing its primed hops to its last message out; each message is"
                + " consumed and produced by every hop and consumed by the sink that counts it)");
        blank();
    }

    private void relayCpu(String name, RelayFigures relay, double cpuSeconds) {
        int operations = relay.kafkaOperationsPerMessage();
        line("  %s: %.2f ms of CPU per relayed message, %.3f ms per Kafka produce or consume (%d per message);"
                + " %.1f s for %d messages", name, 1000 * cpuSeconds / relay.delivered(),
                operations <= 0 ? 0 : 1000 * cpuSeconds / relay.delivered() / operations, operations, cpuSeconds,
                relay.delivered());
    }

    /**
     * The same per constant-rate run: at a low rate each order's events go through on their own, one consumer poll,
     * transaction and produce each per hop, so an order costs more than in the batches of the flat-out run. The
     * machine's idle work (about 10 % of a core) is in these figures too.
     */
    private void cpuPerRate(BenchmarkResults results) {
        if (results.usageByRate() == null || results.usageByRate().isEmpty()) {
            return;
        }
        line("CPU per decided order at each constant rate, all watched processes (%% of one core each)");
        for (RunFigures run : results.rates()) {
            Map<String, ResourceUsage> usage = results.usageByRate().get(run.label());
            if (usage == null || run.decided() == 0) {
                continue;
            }
            double cpuSeconds = usage.values().stream().mapToDouble(ResourceUsage::cpuSeconds).sum();
            double machinePercent = usage.values().stream().mapToDouble(ResourceUsage::cpuPercentOfOneCore).sum();
            String byGroup = usage.entrySet().stream()
                    .map(group -> String.format(Locale.ROOT, "%s %.0f", shortName(group.getKey()),
                            group.getValue().cpuPercentOfOneCore()))
                    .collect(Collectors.joining(", "));
            line("  %4.0f orders/s: %5.1f ms per order, machine at %3.0f %% of 200 %% (%s)",
                    run.offeredPerSecond(), 1000 * cpuSeconds / run.decided(), machinePercent, byGroup);
        }
        blank();
    }

    private static String shortName(String group) {
        int space = group.indexOf(' ');
        return space < 0 ? group : group.substring(0, space);
    }

    private void lag(Map<String, Long> lag) {
        if (lag == null || lag.isEmpty()) {
            return;
        }
        line("Largest consumer lag during the flat-out run (records; committed offsets)");
        lag.forEach((group, records) -> line("  %-50s %7d", group, records));
        blank();
    }

    private void targets(List<TargetCheck> targets) {
        line("Targets of issue 7 on this machine");
        for (TargetCheck check : targets) {
            String verdict = check.met() == null ? "not measured" : check.met() ? "met" : "NOT met";
            line("  %-13s %-56s %s", verdict, check.target(), check.measured());
        }
        blank();
    }

    private void logs(List<ServiceFigures> services) {
        line("Service logs (warnings / errors over the whole run)");
        for (ServiceFigures service : services) {
            LogFindings log = service.log();
            line("  %-22s %d / %d", service.name(), log.warnings(), log.errors());
            log.firstLines().forEach(first -> line("      %s", first));
        }
    }

    private void backlog(RunFigures run) {
        if (run.backlogAtStart() > 0) {
            line("      started with %d undecided orders of earlier runs still in the pipeline", run.backlogAtStart());
        }
    }

    private void errors(RunFigures run) {
        run.sampleErrors().forEach(error -> line("      error: %s", error));
    }

    private static String gc(GcSnapshot gc) {
        return gc == null ? "-" : String.format(Locale.ROOT, "%d young + %d full, %.2f s", gc.youngCollections(),
                gc.fullCollections(), gc.totalSeconds());
    }

    private void line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    private void blank() {
        text.append(System.lineSeparator());
    }
}
