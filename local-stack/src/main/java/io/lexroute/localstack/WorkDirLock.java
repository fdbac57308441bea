package io.lexroute.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The exclusive hold of one local stack on its work directory: an OS file lock on {@code <work dir>/.lock}, which
 * holds the owner's pid. A second stack on the same directory, in this JVM or another, is refused before it wipes
 * anything. The OS drops the lock when its JVM ends, even by {@code kill -9}, so a crashed stack blocks nothing.
 */
final class WorkDirLock implements AutoCloseable {

    static final String FILE_NAME = ".lock";

    // Java keeps one table of file locks per JVM, and on Linux closing any channel on the file drops every lock this
    // process has on it: directories locked here are therefore refused before a channel is even opened.
    private static final Set<Path> HELD_IN_THIS_JVM = new HashSet<>();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkDirLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code workDir} if needed and locks it.
     *
     * @throws IllegalStateException naming the directory and the owner's pid when another stack holds it
     */
    static WorkDirLock acquire(Path workDir) {
        Path dir = createDirectories(workDir);
        synchronized (HELD_IN_THIS_JVM) {
            if (HELD_IN_THIS_JVM.contains(dir)) {
                throw alreadyRunning(dir, Optional.of(ProcessHandle.current().pid()));
            }
            WorkDirLock lock = lock(dir);
            HELD_IN_THIS_JVM.add(dir);
            return lock;
        }
    }

    @Override
    public void close() {
        synchronized (HELD_IN_THIS_JVM) {
            try {
                // Emptied, not deleted: a process that opened it just now would lock a deleted file, while the next
                // one locked a new file of the same name.
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot unlock " + dir, e);
            } finally {
                HELD_IN_THIS_JVM.remove(dir);
            }
        }
    }

    private static WorkDirLock lock(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw alreadyRunning(dir, ownerPid(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new WorkDirLock(dir, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    /** The pid the owner wrote, if it has written it yet. */
    private static Optional<Long> ownerPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static IllegalStateException alreadyRunning(Path dir, Optional<Long> pid) {
        return new IllegalStateException("LexRoute's local stack is already running in " + dir
                + pid.map(owner -> " (pid " + owner + "); stop it first (Ctrl-C where it runs, or kill " + owner + ")")
                        .orElse("; stop it first"));
    }

    private static Path createDirectories(Path dir) {
        try {
            // The real path, so that two spellings of one directory are one entry in HELD_IN_THIS_JVM.
            return Files.createDirectories(dir).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the original error is the one worth reporting.
        }
    }
}
