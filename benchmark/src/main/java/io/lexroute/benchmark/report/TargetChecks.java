package io.lexroute.benchmark.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Issue 7's targets for this machine, checked against a run's figures. */
public final class TargetChecks {

    static final double MIN_RELAY_SHARE = 0.5;
    static final int P99_RATE = 300;
    static final double P99_LIMIT_MS = 100;
    static final long READY_LIMIT_MS = 3000;
    /** Issue 7's "250 MB": 250,000,000 bytes, 238.4 MiB (RSS is read in KiB, reported in MiB). */
    static final double IDLE_RSS_LIMIT_MB = 250;
    private static final double BYTES_PER_MB = 1e6;
    private static final double BYTES_PER_MIB = 1024 * 1024;

    private TargetChecks() {
    }

    public static List<TargetCheck> check(List<ServiceFigures> services, List<RunFigures> rates, RunFigures flatOut,
            RelayFigures relay, Double ratio) {
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(ratio == null
                ? new TargetCheck("throughput >= half of the raw relay", "not measured", null)
                : new TargetCheck("throughput >= half of the raw relay", String.format(Locale.ROOT,
                        "%.1f decided orders/s vs %.0f relay messages/s = %.1f%%", flatOut.decidedPerSecond(),
                        relay.messagesPerSecond(), 100 * ratio), ratio >= MIN_RELAY_SHARE));
        Optional<RunFigures> atTargetRate = rates.stream()
                .filter(run -> run.offeredPerSecond() == P99_RATE).findFirst();
        Optional<RunFigures> overloadedBelow = rates.stream()
                .filter(run -> run.offeredPerSecond() < P99_RATE && !run.keptUp()).findFirst();
        checks.add(atTargetRate
                .map(run -> new TargetCheck("p99 at 300 orders/s < 100 ms", String.format(Locale.ROOT,
                        "p99 %.1f ms (%d of %d scheduled decided)", run.decisionLatency().p99Ms(), run.decided(),
                        run.scheduled()), run.decisionLatency().p99Ms() < P99_LIMIT_MS && run.allDecided()))
                .or(() -> overloadedBelow.map(run -> new TargetCheck("p99 at 300 orders/s < 100 ms",
                        String.format(Locale.ROOT, "not run: LexRoute did not keep up with %.0f orders/s",
                                run.offeredPerSecond()), false)))
                .orElse(new TargetCheck("p99 at 300 orders/s < 100 ms", "no 300 orders/s run", null)));
        for (ServiceFigures service : services) {
            checks.add(new TargetCheck(service.name() + " ready < 3 s",
                    service.readyMs() + " ms", service.readyMs() < READY_LIMIT_MS));
            double idleMb = service.idleRssMib() * BYTES_PER_MIB / BYTES_PER_MB;
            checks.add(new TargetCheck(service.name() + " idle < 250 MB (238.4 MiB) resident",
                    String.format(Locale.ROOT, "%.1f MB (%.1f MiB)", idleMb, service.idleRssMib()),
                    idleMb < IDLE_RSS_LIMIT_MB));
        }
        return checks;
    }
}
