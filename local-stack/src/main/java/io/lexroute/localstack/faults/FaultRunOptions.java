package io.lexroute.localstack.faults;

import static io.lexroute.localstack.CommandLine.valueAfter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a fault run does: how many orders at what steady rate, which faults (spread evenly over the submitting
 * period, in this order), how long it waits for the last decisions, and where it writes its results.
 */
public record FaultRunOptions(int orders, double ratePerSecond, List<FaultTarget> faults, Duration drainTimeout,
        Path resultsFile) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: scripts/fault-run.sh [options]",
            "  --orders N            orders to submit (default 5000)",
            "  --rate R              orders per second, a steady schedule (default 20)",
            "  --faults A,B,...      faults in the order they happen, spread evenly over the submitting period:",
            "                        request-intake, jurisdiction-resolver, data-locator, response-gateway",
            "                        (SIGKILL, then a restart) and kafka (broker restart); 'none' for none (default:",
            "                        request-intake,jurisdiction-resolver,kafka,data-locator,response-gateway)",
            "  --drain-timeout S     seconds to wait for every decision once orders and faults are done (default 600)",
            "  --results FILE        JSON results (default target/fault-run/fault-run.json)");

    public FaultRunOptions {
        if (orders < 1) {
            throw new IllegalArgumentException("--orders must be at least 1, was " + orders);
        }
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("--rate must be above 0, was " + ratePerSecond);
        }
        faults = List.copyOf(faults);
    }

    public static FaultRunOptions defaults() {
        return new FaultRunOptions(5000, 20, List.of(FaultTarget.REQUEST_INTAKE, FaultTarget.JURISDICTION_RESOLVER,
                FaultTarget.KAFKA, FaultTarget.DATA_LOCATOR, FaultTarget.RESPONSE_GATEWAY),
                Duration.ofMinutes(10), Path.of("target", "fault-run", "fault-run.json"));
    }

    public static FaultRunOptions parse(String... args) {
        FaultRunOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = valueAfter(args, i++);
            options = switch (name) {
                case "--orders" -> options.withOrders((int) number(name, value));
                case "--rate" -> options.withRate(number(name, value));
                case "--faults" -> options.withFaults(faults(value));
                case "--drain-timeout" -> options.withDrainTimeout(Duration.ofSeconds((long) number(name, value)));
                case "--results" -> options.withResultsFile(Path.of(value));
                default -> throw new IllegalArgumentException("Unknown option: " + name);
            };
        }
        return options;
    }

    public FaultRunOptions withOrders(int count) {
        return new FaultRunOptions(count, ratePerSecond, faults, drainTimeout, resultsFile);
    }

    public FaultRunOptions withRate(double perSecond) {
        return new FaultRunOptions(orders, perSecond, faults, drainTimeout, resultsFile);
    }

    public FaultRunOptions withFaults(List<FaultTarget> targets) {
        return new FaultRunOptions(orders, ratePerSecond, targets, drainTimeout, resultsFile);
    }

    public FaultRunOptions withDrainTimeout(Duration timeout) {
        return new FaultRunOptions(orders, ratePerSecond, faults, timeout, resultsFile);
    }

    public FaultRunOptions withResultsFile(Path file) {
        return new FaultRunOptions(orders, ratePerSecond, faults, drainTimeout, file);
    }

    /** How long submitting takes on schedule. */
    public Duration submitPeriod() {
        return Duration.ofMillis(Math.round(orders * 1000 / ratePerSecond));
    }

    /** When fault {@code index} is due, from the first order's due time: the faults split the period evenly. */
    public Duration faultOffset(int index) {
        return submitPeriod().multipliedBy(index + 1).dividedBy(faults.size() + 1);
    }

    private static List<FaultTarget> faults(String value) {
        if ("none".equals(value.strip())) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(FaultTarget::parse).toList();
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was " + value, e);
        }
    }
}
