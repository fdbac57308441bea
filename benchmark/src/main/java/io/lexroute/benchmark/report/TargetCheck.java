package io.lexroute.benchmark.report;

/**
 * One target of issue 7 against what this run measured.
 *
 * @param met true or false, or null when the run did not measure it (e.g. no 300 orders/s run)
 */
public record TargetCheck(String target, String measured, Boolean met) {
}
