package io.lexroute.benchmark.resources;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A named group of processes watched as one: a service JVM, or PostgreSQL's postmaster with its backends.
 * The pids are asked for at each sample because a group can gain and lose processes.
 */
public record MonitoredProcess(String name, Supplier<List<Long>> pids) {

    public static MonitoredProcess of(String name, long pid) {
        return new MonitoredProcess(name, () -> List.of(pid));
    }

    /** Resident memory of the whole group now, in MiB, or empty when none of its processes is running. */
    public OptionalDouble residentMib() {
        long totalKib = 0;
        boolean any = false;
        for (long pid : pids.get()) {
            OptionalLong kib = ProcessStats.residentKib(pid);
            if (kib.isPresent()) {
                totalKib += kib.getAsLong();
                any = true;
            }
        }
        return any ? OptionalDouble.of(totalKib / 1024.0) : OptionalDouble.empty();
    }
}
