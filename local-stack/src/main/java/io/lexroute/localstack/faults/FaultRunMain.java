package io.lexroute.localstack.faults;

import io.lexroute.localstack.CommandLine;
import io.lexroute.localstack.services.RunningServices;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code scripts/fault-run.sh}: starts a LexRoute of its own (Kafka and PostgreSQL in a child JVM, the four services
 * on free ports), runs the fault run, prints its report, writes it as JSON and stops everything. Exits with 1 when an
 * order was lost or duplicated or a fault could not be injected, 2 on bad options.
 */
public final class FaultRunMain {

    private static final PrintStream OUT = System.out;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private FaultRunMain() {
    }

    public static void main(String[] args) throws Exception {
        FaultRunOptions options = CommandLine.parseOrExit(args, FaultRunOptions.USAGE, FaultRunOptions::parse);
        Path projectDir = RunningServices.projectDir();
        Path workDir = options.resultsFile().toAbsolutePath().getParent();
        OUT.println("==> Starting Kafka, PostgreSQL and the four services (logs in " + workDir.resolve("logs") + ")");
        FaultRunReport report;
        try (LexRouteSystem system = LexRouteSystem.start(projectDir, workDir.resolve("logs"), READY_TIMEOUT)) {
            Thread stopOnCtrlC = new Thread(system::close, "fault-run-stop");
            Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
            report = new FaultRun(system, options, line -> OUT.println("==> " + line)).run();
            Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
        }
        OUT.println();
        OUT.print(report.toText());
        report.writeJson(options.resultsFile());
        OUT.println("Results: " + options.resultsFile().toAbsolutePath());
        System.exit(report.passed() ? 0 : 1);
    }
}
