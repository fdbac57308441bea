package io.lexroute.gateway.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.gateway.domain.PackageTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageStoreTest {

    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    @Test
    void storesTheBytesUnderTheOrderAndHashesThemOnTheWay() throws IOException {
        PackageStore store = new PackageStore(root);
        UUID orderId = UUID.randomUUID();
        UUID packageId = UUID.randomUUID();

        StoredBytes stored = store.write(orderId, packageId, new ByteArrayInputStream("abc".getBytes(UTF_8)), 3);

        assertThat(stored.sha256()).isEqualTo(SHA256_OF_ABC);
        assertThat(stored.sizeBytes()).isEqualTo(3);
        assertThat(stored.path()).isEqualTo(orderId + "/" + packageId);
        assertThat(Files.readString(root.resolve(stored.path()))).isEqualTo("abc");
        assertThat(store.sha256Of(stored.path())).isEqualTo(SHA256_OF_ABC);
    }

    @Test
    void aStreamOverTheLimitIsRefusedWhileReadingAndLeavesNothing() throws IOException {
        PackageStore store = new PackageStore(root);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.write(UUID.randomUUID(), UUID.randomUUID(), endless, 100_000))
                .isInstanceOf(PackageTooLargeException.class);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aTamperedFileNoLongerHashesTheSame() throws IOException {
        PackageStore store = new PackageStore(root);
        StoredBytes stored = store.write(UUID.randomUUID(), UUID.randomUUID(),
                new ByteArrayInputStream("abc".getBytes(UTF_8)), 10);

        Files.writeString(root.resolve(stored.path()), "abd");

        assertThat(store.sha256Of(stored.path())).isNotEqualTo(stored.sha256());
    }

    @Test
    void pathsOutsideThePackageDirectoryAreRefused() {
        PackageStore store = new PackageStore(root);

        assertThatThrownBy(() -> store.fileOf("../elsewhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeleteThatMustSucceedCountsAFileAlreadyGoneAndThrowsWhenTheFileStays() throws IOException {
        PackageStore store = new PackageStore(root);
        UUID orderId = UUID.randomUUID();
        StoredBytes stored = store.write(orderId, UUID.randomUUID(), new ByteArrayInputStream("abc".getBytes(UTF_8)),
                3);

        store.deleteOrThrow(stored.path());
        assertThat(root.resolve(stored.path())).doesNotExist();
        store.deleteOrThrow(stored.path());

        // A non-empty directory at the path: no delete removes it, not even as root.
        Files.createDirectories(root.resolve(stored.path()).resolve("blocker"));
        assertThatThrownBy(() -> store.deleteOrThrow(stored.path())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(stored.path());
        store.delete(stored.path());
        assertThat(root.resolve(stored.path())).exists();
        assertThatThrownBy(() -> store.deleteOrThrow("../elsewhere")).isInstanceOf(IllegalArgumentException.class);
        // Neither the file nor its order's directory: not the store it was written to (a volume not mounted, say).
        String elsewhere = UUID.randomUUID() + "/" + UUID.randomUUID();
        assertThatThrownBy(() -> store.deleteOrThrow(elsewhere)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is it the one the file was written to");
    }
}
