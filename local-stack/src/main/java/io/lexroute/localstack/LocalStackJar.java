package io.lexroute.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the directory that holds the built {@code local-stack.jar} and its {@code lib/} folder.
 */
final class LocalStackJar {

    static final String DIR_PROPERTY = "lexroute.local-stack.dir";
    static final String JAR_NAME = "local-stack.jar";

    private LocalStackJar() {
    }

    /**
     * Looks in order at the system property {@value #DIR_PROPERTY}, the build directory this class was
     * loaded from, and {@code local-stack/target} in the working directory or any directory above it.
     */
    static Path locateDirectory() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(DIR_PROPERTY)).map(Path::of).ifPresent(candidates::add);
        buildDirectoryOfThisClass().ifPresent(candidates::add);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("local-stack").resolve("target"));
        }
        return candidates.stream()
                .filter(LocalStackJar::holdsRunnableJar)
                .findFirst()
                .map(Path::toAbsolutePath)
                .orElseThrow(() -> new IllegalStateException(JAR_NAME + " with its lib/ folder was not found in "
                        + candidates + ". Build it first, from the project root: ./mvnw -pl local-stack -am install -DskipTests"));
    }

    static boolean holdsRunnableJar(Path dir) {
        return Files.isRegularFile(dir.resolve(JAR_NAME)) && Files.isDirectory(dir.resolve("lib"));
    }

    /** In the reactor this class comes from local-stack/target/classes or target/local-stack.jar. */
    private static Optional<Path> buildDirectoryOfThisClass() {
        CodeSource source = LocalStackJar.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | RuntimeException notAFile) {
            return Optional.empty();
        }
    }
}
