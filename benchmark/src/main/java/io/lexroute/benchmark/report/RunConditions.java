package io.lexroute.benchmark.report;

import java.util.List;

/**
 * Under which conditions the figures were taken; they mean little without them.
 *
 * @param loadAverageBefore /proc/loadavg before the stack started (other work on the machine)
 * @param loadAverageAfter  /proc/loadavg at the end
 * @param classArchives     which class archive each service started from, and whether this run trained it
 */
public record RunConditions(String startedAt, String finishedAt, int availableProcessors, String loadAverageBefore,
        String loadAverageAfter, String java, String os, List<String> serviceJvmOptions, String classArchives,
        String options) {
}
