package io.lexroute.gateway.persistence;

import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.PackageTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Package bytes as files: {@code <package-dir>/<order id>/<package id>}. A package is streamed to a {@code .part}
 * file while its SHA-256 is computed, forced to disk, then renamed into place, so a file under its final name is
 * always complete. The database, not the directory, says which packages exist.
 */
@ApplicationScoped
public class PackageStore {

    private static final Logger LOG = Logger.getLogger(PackageStore.class);
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final String PARTIAL_SUFFIX = ".part";

    private final Path root;

    @Inject
    public PackageStore(GatewayConfig config) {
        this(Path.of(config.packageDir()));
    }

    public PackageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Stores {@code body} as the package, reading it once.
     *
     * @throws PackageTooLargeException as soon as more than {@code maxBytes} arrive; nothing is kept then
     */
    public StoredBytes write(UUID orderId, UUID packageId, InputStream body, long maxBytes) {
        String relative = orderId + "/" + packageId;
        Path target = fileOf(relative);
        Path partial = target.resolveSibling(packageId + PARTIAL_SUFFIX);
        MessageDigest sha256 = sha256();
        long size = 0;
        boolean complete = false;
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER_BYTES];
                int read;
                while ((read = body.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new PackageTooLargeException(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                out.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            complete = true;
            forceDirectory(target.getParent());
            forceDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException("storing package " + packageId + " failed", e);
        } finally {
            if (!complete) {
                deleteQuietly(partial);
            }
        }
        return new StoredBytes(relative, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** The file of a stored package; never outside the package directory. */
    public Path fileOf(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a package path: " + relativePath);
        }
        return file;
    }

    /** Reads the stored file again and hashes it, to check it is still what was received. */
    public String sha256Of(String relativePath) {
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(fileOf(relativePath))) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading package " + relativePath + " failed", e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Removes the bytes of a package that was not recorded after all; a failure is only logged. */
    public void delete(String relativePath) {
        deleteQuietly(fileOf(relativePath));
    }

    /**
     * Removes the bytes of a package that must never be handed over (a discarded one). A file already gone counts as
     * deleted, but only where its order's directory is there: the upload made it and nothing removes it, so a missing
     * one means that this is not the store the file was written to (a shared volume not mounted, another
     * {@code package-dir}), where the file may well still be.
     *
     * @throws UncheckedIOException when the file is still there, or may be elsewhere: the caller must not record it as
     *         deleted
     */
    public void deleteOrThrow(String relativePath) {
        Path file = fileOf(relativePath);
        if (!Files.isDirectory(file.getParent())) {
            throw new UncheckedIOException("no directory " + file.getParent() + " in the package store " + root
                    + ": is it the one the file was written to?", new NoSuchFileException(file.getParent().toString()));
        }
        deleteIfExists(file);
    }

    /**
     * The package files and unfinished uploads ({@code .part}) in the store last written before {@code cutoff}, for
     * the stray-file sweep. Only names this store writes are listed ({@code <order id>/<package id>[.part]}); anything
     * else in the directory is not this store's and is left alone.
     */
    public List<StoreFile> filesWrittenBefore(Instant cutoff) {
        List<StoreFile> found = new ArrayList<>();
        try (Stream<Path> orders = Files.list(root)) {
            for (Path orderDir : orders.filter(Files::isDirectory).filter(d -> isUuid(d.getFileName().toString()))
                    .toList()) {
                try (Stream<Path> files = Files.list(orderDir)) {
                    files.filter(file -> Files.isRegularFile(file) && lastWrittenBefore(file, cutoff))
                            .map(file -> StoreFile.of(root, file))
                            .flatMap(Optional::stream)
                            .forEach(found::add);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("listing the package store " + root + " failed", e);
        }
        return found;
    }

    /**
     * A file of this store: a package under its final name, or an upload that never finished ({@code partial}).
     * {@code packageId} is the name's package id in both cases.
     */
    public record StoreFile(String relativePath, UUID packageId, boolean partial) {

        static Optional<StoreFile> of(Path root, Path file) {
            String name = file.getFileName().toString();
            boolean partial = name.endsWith(PARTIAL_SUFFIX);
            String id = partial ? name.substring(0, name.length() - PARTIAL_SUFFIX.length()) : name;
            if (!isUuid(id)) {
                return Optional.empty();
            }
            return Optional.of(new StoreFile(root.relativize(file).toString(), UUID.fromString(id), partial));
        }
    }

    private static boolean isUuid(String name) {
        if (name.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean lastWrittenBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes the new name (and the order's directory) survive a crash of the machine, which forcing the file's bytes
     * does not: the package's row is committed next and must not outlive its file. Best effort, as some file systems
     * cannot sync a directory.
     */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debugf("Could not sync directory %s: %s", directory, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            deleteIfExists(file);
        } catch (UncheckedIOException e) {
            LOG.warnf("Could not delete %s: %s", file, e.getCause().getMessage());
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException failure && failure.getReason() != null
                    ? ": " + failure.getReason() : "";
            throw new UncheckedIOException("could not delete " + file + " (" + e.getClass().getSimpleName() + reason
                    + ")", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
