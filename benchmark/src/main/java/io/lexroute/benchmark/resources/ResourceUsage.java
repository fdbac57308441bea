package io.lexroute.benchmark.resources;

/**
 * What a process group used over a sampling window.
 *
 * @param peakRssMib          highest resident memory seen
 * @param meanRssMib          mean over the samples
 * @param cpuSeconds          user + system CPU time used in the window
 * @param cpuPercentOfOneCore cpuSeconds as a share of the window's wall time (200 = both cores of this machine)
 * @param samples             how many samples the figures rest on
 */
public record ResourceUsage(double peakRssMib, double meanRssMib, double cpuSeconds, double cpuPercentOfOneCore,
        int samples) {
}
