package io.lexroute.benchmark;

import io.lexroute.benchmark.report.RunFigures;
import java.util.Locale;

/** The lines the benchmark prints while it runs, so that a long run shows where it is. */
final class Progress {

    private Progress() {
    }

    static void step(String message) {
        System.out.println("==> " + message);
        System.out.flush();
    }

    static void report(RunFigures run) {
        step(String.format(Locale.ROOT, "  %s: sent %d, unsent %d, accepted %d, rejected %d, failed %d, decided %d"
                        + " (%.1f/s), undecided %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%s", run.label(), run.sent(),
                run.unsent(), run.accepted(), run.rejected(), run.failed(), run.decided(), run.decidedPerSecond(),
                run.undecided(), run.decisionLatency().p50Ms(),
                run.decisionLatency().p99Ms(), run.decisionLatency().maxMs(),
                run.sampleErrors().isEmpty() ? "" : "; errors: " + run.sampleErrors()));
    }
}
