package io.lexroute.localstack.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchivesTest {

    @TempDir
    Path appDir;
    private Path jar;

    @BeforeEach
    void builtJar() throws Exception {
        jar = Files.writeString(appDir.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void withoutATrainedArchiveAServiceStartsFromTheBuildsIfThereIsOne() throws Exception {
        assertThat(ClassArchives.archiveFor(jar)).isEmpty();

        Files.writeString(appDir.resolve(ClassArchives.BUILT), "built");

        assertThat(ClassArchives.isTrained(jar)).isFalse();
        assertThat(ClassArchives.archiveFor(jar)).contains(appDir.resolve(ClassArchives.BUILT));
    }

    @Test
    void aKeptDumpIsTheArchiveAServiceStartsFrom() throws Exception {
        Files.writeString(appDir.resolve(ClassArchives.BUILT), "built");
        Files.writeString(ClassArchives.dumpFile(jar), "classes");

        assertThat(ClassArchives.keepDump(jar)).isTrue();

        assertThat(ClassArchives.dumpFile(jar)).doesNotExist();
        assertThat(ClassArchives.isTrained(jar)).isTrue();
        assertThat(ClassArchives.archiveFor(jar)).contains(appDir.resolve(ClassArchives.TRAINED));
    }

    @Test
    void noDumpOrAnEmptyOneIsNotKept() throws Exception {
        assertThat(ClassArchives.keepDump(jar)).isFalse();
        Files.writeString(ClassArchives.dumpFile(jar), "");

        assertThat(ClassArchives.keepDump(jar)).isFalse();
        assertThat(ClassArchives.isTrained(jar)).isFalse();
    }

    @Test
    void aJarBuiltAfterTheTrainingMakesItStale() throws Exception {
        Files.writeString(appDir.resolve(ClassArchives.BUILT), "built");
        Files.writeString(ClassArchives.dumpFile(jar), "classes");
        ClassArchives.keepDump(jar);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(ClassArchives.isTrained(jar)).isFalse();
        assertThat(ClassArchives.archiveFor(jar)).contains(appDir.resolve(ClassArchives.BUILT));
    }

    @Test
    void anArchiveAnotherJvmWroteIsStale() throws Exception {
        Files.writeString(ClassArchives.dumpFile(jar), "classes");
        ClassArchives.keepDump(jar);

        Files.writeString(appDir.resolve(ClassArchives.TRAINED_BY), "/opt/other-jdk 11.0.2+9\n");

        assertThat(ClassArchives.isTrained(jar)).isFalse();
    }
}
