package io.lexroute.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to run and for how long. Every phase is bounded by a count and a time, so a run always ends.
 *
 * @param rates           offered order rates (orders/s) of the constant-rate runs, in the order they run
 * @param rateDuration    how long each constant-rate run submits
 * @param warmupRate      orders/s of the warm-up, which is not measured
 * @param warmupDuration  how long the warm-up submits at least
 * @param warmupLimit     how long the warm-up may go on while the services' JIT compilers are still busy
 * @param flatOutOrders   orders submitted by the flat-out run
 * @param flatOutClients  concurrent HTTP clients of the flat-out run, each waiting for its answer before the next POST
 * @param flatOutLimit    the flat-out run stops submitting after this long, whatever the count
 * @param drainTimeout    how long a run waits after its last POST for the decisions still in flight
 * @param relayMessages   messages pushed through the raw four-hop relay
 * @param relayLimit      the relay stops after this long, whatever the count
 * @param outDir          where results.json, summary.txt and chart.html go
 * @param extraJvmOptions options given to the service JVMs after the shipped ones (a later option wins), to compare
 *                        settings
 * @param profile         record each service with Java Flight Recorder during the flat-out run and print where its
 *                        CPU went (the recordings and profile.txt go to outDir/profiles)
 * @param profileRate     the offered rate, one of {@code rates}, whose constant-rate run is recorded likewise (to
 *                        outDir/profiles/rate-N); 0 for none
 */
public record BenchmarkOptions(
        List<Integer> rates,
        Duration rateDuration,
        int warmupRate,
        Duration warmupDuration,
        Duration warmupLimit,
        int flatOutOrders,
        int flatOutClients,
        Duration flatOutLimit,
        Duration drainTimeout,
        int relayMessages,
        Duration relayLimit,
        Path outDir,
        List<String> extraJvmOptions,
        boolean profile,
        int profileRate) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: run-benchmark.sh [options]",
            "  --rates 10,50,150,300  offered rates of the constant-rate runs, orders/s, lowest first; a rate",
            "                         LexRoute cannot keep up with ends the ladder (higher rates are skipped)",
            "  --duration 20          seconds each constant-rate run submits",
            "  --warmup 60            seconds of unmeasured warm-up at --warmup-rate, at least",
            "  --warmup-limit 900     seconds the warm-up goes on, in 30 s rounds, while the services' JIT",
            "                         compilers took over 10 % of a core in the last round (as long as --warmup",
            "                         for a fixed warm-up)",
            "  --warmup-rate 80       orders/s during the warm-up",
            "  --flat-out 3000        orders of the flat-out run",
            "  --clients 8            concurrent HTTP clients of the flat-out run",
            "  --flat-out-limit 180   seconds after which the flat-out run stops submitting",
            "  --drain 120            seconds a run waits for decisions after its last POST",
            "  --relay 20000          messages through the raw four-hop relay",
            "  --relay-limit 120      seconds after which the relay stops",
            "  --out DIR              output folder (default benchmark/results)",
            "  --jvm-options \"-X..\"  options for the service JVMs after the shipped ones (a later option wins)",
            "  --profile              record the services with Java Flight Recorder during the flat-out run and",
            "                         print their hottest methods (a recording costs some CPU: figures of such a",
            "                         run are for finding the limit, not for the record)",
            "  --profile-rate 50      record the services likewise during the constant-rate run at this rate, one",
            "                         of --rates: where an order's CPU goes when it travels with few others");

    private static final String PROFILE = "--profile";
    private static final Set<String> KNOWN = Set.of("--rates", "--duration", "--warmup", "--warmup-limit",
            "--warmup-rate", "--flat-out", "--clients", "--flat-out-limit", "--drain", "--relay", "--relay-limit",
            "--out", "--jvm-options", "--profile-rate");

    public BenchmarkOptions {
        rates = List.copyOf(rates);
        extraJvmOptions = List.copyOf(extraJvmOptions);
        if (rates.isEmpty() || rates.stream().anyMatch(rate -> rate <= 0)) {
            throw new IllegalArgumentException("--rates needs positive rates, was " + rates);
        }
        requirePositive("--flat-out", flatOutOrders);
        requirePositive("--clients", flatOutClients);
        requirePositive("--relay", relayMessages);
        requirePositive("--warmup-rate", warmupRate);
        if (profileRate != 0 && !rates.contains(profileRate)) {
            throw new IllegalArgumentException(
                    "--profile-rate must be one of --rates " + rates + ", was " + profileRate);
        }
        if (warmupLimit.compareTo(warmupDuration) < 0) {
            throw new IllegalArgumentException("--warmup-limit (" + warmupLimit.toSeconds()
                    + " s) must be at least --warmup (" + warmupDuration.toSeconds() + " s)");
        }
    }

    static BenchmarkOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        boolean profile = false;
        for (int i = 0; i < args.length; i += 2) {
            if (PROFILE.equals(args[i])) {
                profile = true;
                i--;
                continue;
            }
            if (!KNOWN.contains(args[i])) {
                throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
            given.put(args[i], valueAfter(args, i));
        }
        Duration warmup = seconds(given, "--warmup", 60);
        return new BenchmarkOptions(
                rates(given.getOrDefault("--rates", "10,50,150,300")),
                seconds(given, "--duration", 20),
                number(given, "--warmup-rate", 80),
                warmup,
                warmupLimit(given, warmup),
                number(given, "--flat-out", 3000),
                number(given, "--clients", 8),
                seconds(given, "--flat-out-limit", 180),
                seconds(given, "--drain", 120),
                number(given, "--relay", 20_000),
                seconds(given, "--relay-limit", 120),
                Path.of(given.getOrDefault("--out", "benchmark/results")),
                jvmOptions(given.getOrDefault("--jvm-options", "")),
                profile,
                given.containsKey("--profile-rate") ? number(given, "--profile-rate", 0) : 0);
    }

    /** Whether any phase is recorded with Java Flight Recorder, so that the services start with it running. */
    public boolean recordsProfiles() {
        return profile || profileRate != 0;
    }

    /** --warmup-limit, or 900 s; never below --warmup, so that a longer --warmup alone is not an error. */
    private static Duration warmupLimit(Map<String, String> given, Duration warmup) {
        Duration limit = seconds(given, "--warmup-limit", 900);
        return given.containsKey("--warmup-limit") || limit.compareTo(warmup) >= 0 ? limit : warmup;
    }

    private static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException("Missing value for " + args[index]);
        }
        return args[index + 1];
    }

    private static List<String> jvmOptions(String value) {
        return Arrays.stream(value.strip().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    private static List<Integer> rates(String value) {
        try {
            return Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--rates needs numbers separated by commas, was " + value, e);
        }
    }

    private static Duration seconds(Map<String, String> given, String option, int defaultSeconds) {
        return Duration.ofSeconds(number(given, option, defaultSeconds));
    }

    private static int number(Map<String, String> given, String option, int defaultValue) {
        String value = given.get(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            requirePositive(option, number);
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was " + value, e);
        }
    }

    private static void requirePositive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive, was " + value);
        }
    }
}
