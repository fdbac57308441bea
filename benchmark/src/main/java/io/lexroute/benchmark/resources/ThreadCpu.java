package io.lexroute.benchmark.resources;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * CPU time of a JVM per thread, read from /proc/[pid]/task, to tell where a busy service spends it: the JIT
 * compiler, the garbage collector, the HTTP event loop, the Kafka consumer's worker threads, the outbox relay...
 * Threads are grouped by name without a trailing number; Linux keeps only 15 characters of a name, so
 * "executor-thread-3" shows as "executor-thread" and "vert.x-eventloop-thread-0" as "vert.x-eventloo".
 */
public record ThreadCpu(Map<Long, Sample> threads) {

    /** One thread's name and CPU seconds so far. */
    public record Sample(String name, double cpuSeconds) {
    }

    public static ThreadCpu of(long pid) {
        Map<Long, Sample> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                long tid = Long.parseLong(task.getFileName().toString());
                OptionalDouble cpu = ProcessStats.cpuSeconds(pid, tid);
                String name = threadName(task);
                if (cpu.isPresent() && name != null) {
                    threads.put(tid, new Sample(name, cpu.getAsDouble()));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended: what was read so far is all there is
        }
        return new ThreadCpu(Map.copyOf(threads));
    }

    /**
     * CPU seconds per thread group between {@code before} and now, largest first; a thread that started in between
     * counts in full, one that ended in between is lost.
     */
    public Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> byGroup = new HashMap<>();
        threads.forEach((tid, sample) -> {
            Sample earlier = before.threads.get(tid);
            double used = sample.cpuSeconds() - (earlier == null ? 0 : earlier.cpuSeconds());
            byGroup.merge(group(sample.name()), used, Double::sum);
        });
        return byGroup.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String threadName(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return null;
        }
    }

    static String group(String name) {
        String group = name.replaceAll("[-#_\\s]*\\d+$", "");
        return group.isEmpty() ? name : group;
    }
}
