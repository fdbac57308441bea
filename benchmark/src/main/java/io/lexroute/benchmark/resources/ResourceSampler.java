package io.lexroute.benchmark.resources;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Samples resident memory and CPU time of process groups on a background thread until stopped. */
public final class ResourceSampler {

    private final List<MonitoredProcess> processes;
    private final Duration interval;
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();
    private final Thread thread;
    private final long startedAt;
    private volatile boolean running = true;

    private ResourceSampler(List<MonitoredProcess> processes, Duration interval) {
        this.processes = List.copyOf(processes);
        this.interval = interval;
        processes.forEach(process -> trackers.put(process.name(), new Tracker()));
        this.startedAt = System.nanoTime();
        sample();
        this.thread = new Thread(this::run, "resource-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public static ResourceSampler start(List<MonitoredProcess> processes, Duration interval) {
        return new ResourceSampler(processes, interval);
    }

    /** Takes a last sample and returns each group's usage over the window, in the order the groups were given. */
    public Map<String, ResourceUsage> stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        double windowSeconds = (System.nanoTime() - startedAt) / 1e9;
        Map<String, ResourceUsage> usage = new LinkedHashMap<>();
        synchronized (trackers) {
            trackers.forEach((name, tracker) -> usage.put(name, tracker.usage(windowSeconds)));
        }
        return usage;
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private void sample() {
        synchronized (trackers) {
            for (MonitoredProcess process : processes) {
                Tracker tracker = trackers.get(process.name());
                List<Long> pids = process.pids().get();
                process.residentMib().ifPresent(tracker::addRss);
                for (long pid : pids) {
                    OptionalDouble cpu = ProcessStats.cpuSeconds(pid);
                    if (cpu.isPresent()) {
                        tracker.addCpu(pid, cpu.getAsDouble());
                    }
                }
            }
        }
    }

    private static final class Tracker {
        private final Map<Long, Double> firstCpu = new HashMap<>();
        private final Map<Long, Double> lastCpu = new HashMap<>();
        private double peakRss;
        private double sumRss;
        private int samples;

        void addRss(double mib) {
            peakRss = Math.max(peakRss, mib);
            sumRss += mib;
            samples++;
        }

        void addCpu(long pid, double seconds) {
            firstCpu.putIfAbsent(pid, seconds);
            lastCpu.put(pid, seconds);
        }

        ResourceUsage usage(double windowSeconds) {
            double cpu = lastCpu.entrySet().stream()
                    .mapToDouble(entry -> entry.getValue() - firstCpu.get(entry.getKey()))
                    .sum();
            return new ResourceUsage(peakRss, samples == 0 ? 0 : sumRss / samples, cpu,
                    windowSeconds <= 0 ? 0 : 100 * cpu / windowSeconds, samples);
        }
    }
}
