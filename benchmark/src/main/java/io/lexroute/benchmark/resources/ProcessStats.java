package io.lexroute.benchmark.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Resident memory and CPU time of a process, read from Linux's /proc. */
public final class ProcessStats {

    /** USER_HZ: the unit of utime/stime in /proc/[pid]/stat, 100 on every mainstream Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    /** VmRSS of {@code pid} in KiB, empty once the process is gone. */
    public static OptionalLong residentKib(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            for (String line : lines) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip()));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** User plus system CPU seconds {@code pid} has used so far, empty once it is gone. */
    public static OptionalDouble cpuSeconds(long pid) {
        return cpuSeconds(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** User plus system CPU seconds thread {@code tid} of {@code pid} has used so far, empty once it is gone. */
    public static OptionalDouble cpuSeconds(long pid, long tid) {
        return cpuSeconds(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "stat"));
    }

    private static OptionalDouble cpuSeconds(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name in parentheses may hold spaces; the numeric fields start after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long userTicks = Long.parseLong(fields[11]);
            long systemTicks = Long.parseLong(fields[12]);
            return OptionalDouble.of((userTicks + systemTicks) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
