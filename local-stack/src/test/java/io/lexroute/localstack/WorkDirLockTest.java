package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock is what a second start meets first; these tests hold it without starting Kafka or PostgreSQL. */
class WorkDirLockTest {

    private static final String LOCKED = "LOCKED";

    @TempDir
    Path workDir;

    private Process holder;

    @AfterEach
    void stopHolder() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStackInAnotherJvmIsRefusedWithTheOwnersPidAndItsDataIsLeftAlone() throws Exception {
        holder = holdLockInAnotherJvm(workDir);
        Path kafkaMarker = marker(workDir.resolve("kafka"));
        Path postgresMarker = marker(workDir.resolve("postgres"));

        try (LocalStack second = new LocalStack()) {
            assertThatThrownBy(() -> second.start(options(workDir)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("LexRoute's local stack is already running in " + workDir.toRealPath() + " (pid "
                            + holder.pid() + "); stop it first (Ctrl-C where it runs, or kill " + holder.pid() + ")");
        }

        assertThat(kafkaMarker).exists();
        assertThat(postgresMarker).exists();
        assertThat(holder.isAlive()).isTrue();
    }

    @Test
    void aSecondLockInThisJvmIsRefusedAndTheFirstStillHolds() throws Exception {
        try (WorkDirLock first = WorkDirLock.acquire(workDir)) {
            assertThatThrownBy(() -> WorkDirLock.acquire(workDir.resolve("..").resolve(workDir.getFileName())))
                    .hasMessageContaining("already running in " + workDir.toRealPath())
                    .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ")");

            // Refused before it opened the file: on Linux closing a channel would have dropped the first one's lock.
            holder = startHolder(workDir);
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).as("the holder gave up").isTrue();
            assertThat(holder.exitValue()).isEqualTo(1);
        }
    }

    @Test
    void aClosedLockOrADeadHoldersLockIsFreeAgain() throws Exception {
        WorkDirLock.acquire(workDir).close();
        holder = holdLockInAnotherJvm(workDir);
        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // No reading of the file here: on Linux that would let go of the lock this JVM holds.
        try (WorkDirLock lock = WorkDirLock.acquire(workDir)) {
            holder = startHolder(workDir);
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).as("the holder gave up").isTrue();
            assertThat(holder.exitValue()).isEqualTo(1);
        }
    }

    @Test
    void stacksInDifferentDirectoriesDoNotBlockEachOther(@TempDir Path otherDir) throws Exception {
        holder = holdLockInAnotherJvm(otherDir);

        try (WorkDirLock lock = WorkDirLock.acquire(workDir)) {
            assertThat(workDir.resolve(WorkDirLock.FILE_NAME)).exists();
        }
    }

    private static LocalStackOptions options(Path workDir) {
        return LocalStackOptions.defaults().withKafkaPort(0).withPostgresPort(0).withWorkDir(workDir);
    }

    private static Path marker(Path dataDir) throws IOException {
        return Files.writeString(Files.createDirectories(dataDir).resolve("marker"), "the first stack's data");
    }

    private static Process holdLockInAnotherJvm(Path workDir) throws IOException {
        Process process = startHolder(workDir);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder lines = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(LOCKED)) {
                return process;
            }
            lines.append(line).append(System.lineSeparator());
        }
        throw new AssertionError("The holder ended without taking the lock:" + System.lineSeparator() + lines);
    }

    private static Process startHolder(Path workDir) throws IOException {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), workDir.toString()))
                .redirectErrorStream(true)
                .start();
    }

    /** Takes the lock, says so, and keeps it until its standard input closes; exits with 1 when refused. */
    static final class Holder {

        public static void main(String[] args) throws IOException {
            WorkDirLock lock;
            try {
                lock = WorkDirLock.acquire(Path.of(args[0]));
            } catch (IllegalStateException refused) {
                System.out.println(refused.getMessage());
                System.exit(1);
                return;
            }
            System.out.println(LOCKED);
            System.out.flush();
            System.in.read();
            lock.close();
        }
    }
}
