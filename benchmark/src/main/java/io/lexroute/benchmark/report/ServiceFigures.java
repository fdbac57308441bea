package io.lexroute.benchmark.report;

import io.lexroute.benchmark.resources.GcSnapshot;
import io.lexroute.benchmark.resources.ResourceUsage;
import java.util.Map;

/**
 * One service's start and resources.
 *
 * @param readyMs          from launching its JVM to /q/health/ready answering 200
 * @param quarkusStartedMs the start time Quarkus logged, null if it logged none
 * @param idleRssMib       resident memory once started, before any order
 * @param afterRunsRssMib  resident memory after all runs, idle again
 * @param underLoad        memory and CPU during the flat-out run
 * @param threadCpuUnderLoad CPU seconds per thread group during the flat-out run, largest first
 * @param gcUnderLoad      collections and GC time during the flat-out run, null if jstat could not tell
 * @param log              warnings and errors in its log over the whole run
 */
public record ServiceFigures(String name, long pid, long readyMs, Long quarkusStartedMs, double idleRssMib,
        double afterRunsRssMib, ResourceUsage underLoad, Map<String, Double> threadCpuUnderLoad,
        GcSnapshot gcUnderLoad, LogFindings log) {
}
