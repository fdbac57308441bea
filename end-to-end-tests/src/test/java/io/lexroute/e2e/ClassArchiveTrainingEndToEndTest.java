package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.FreePort;
import io.lexroute.localstack.services.ClassArchives;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.services.SchemaMigrations;
import io.lexroute.localstack.services.ServiceProcess;
import io.lexroute.testsupport.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A trained class archive holds much of what a complete start loads, which the archive of the build does not:
 * data-locator is trained on the test infrastructure, then started once from each archive with the JVM logging where
 * every class came from. (Not all of a start: a class its JVM loaded but never linked is left out of the dump.)
 */
class ClassArchiveTrainingEndToEndTest {

    private static final LexRouteService SERVICE = LexRouteService.DATA_LOCATOR;
    private static final String FROM_ARCHIVE = "source: shared objects file";
    private static final String TRAINED_ARCHIVE = "app-cds-trained.jsa";

    @Test
    // A backstop for a hang, far above what a slow run takes: a step that is merely slow reports its own failure.
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aTrainedServiceLoadsTheClassesOfItsWholeStartFromTheArchive() throws Exception {
        Path projectDir = RunningServices.projectDir();
        Path jar = SERVICE.runnableJar(projectDir);
        Path logDir = projectDir.resolve("end-to-end-tests/target/class-archive-training");
        TestInfrastructure infrastructure = TestInfrastructure.obtain();
        Map<String, String> environment = environmentOutOfTheOtherTestsWay(projectDir, infrastructure);
        // As the local run trains: after the migration step, as the runtime login.
        SchemaMigrations.run(projectDir, List.of(SERVICE), environment, infrastructure.database().owner(), logDir,
                LexRouteUnderTest.READY_TIMEOUT);
        Files.deleteIfExists(jar.resolveSibling(TRAINED_ARCHIVE));
        assertThat(ClassArchives.isTrained(jar)).isFalse();

        List<LexRouteService> trainedNow = ClassArchives.train(projectDir, List.of(SERVICE), environment, logDir,
                LexRouteUnderTest.READY_TIMEOUT);

        assertThat(trainedNow).containsExactly(SERVICE);
        assertThat(ClassArchives.isTrained(jar)).isTrue();
        assertThat(ClassArchives.archiveFor(jar)).hasValueSatisfying(
                archive -> assertThat(archive.getFileName()).hasToString(TRAINED_ARCHIVE));
        ClassSources trained = classesLoadedUntilReady(projectDir, environment, logDir, List.of());
        ClassSources built = classesLoadedUntilReady(projectDir, environment, logDir,
                List.of("-XX:SharedArchiveFile=app-cds.jsa"));

        assertThat(trained.total()).as("classes a start loads").isGreaterThan(10_000);
        assertThat(trained.fromArchive()).as("classes from the trained archive")
                .isGreaterThan(trained.total() * 6 / 10);
        assertThat(trained.fromJars()).as("classes read from the jars with the trained archive, " + trained
                + ", against the build's, " + built).isLessThan(built.fromJars() / 2);
    }

    /** Its own consumer group, from the end of each topic: the training instance takes no other test's records. */
    private static Map<String, String> environmentOutOfTheOtherTestsWay(Path projectDir,
            TestInfrastructure infrastructure) {
        Map<String, String> environment = new HashMap<>(RunningServices.environment(
                infrastructure.kafkaBootstrapServers(), infrastructure.database().jdbcUrl(),
                projectDir.resolve("end-to-end-tests/target/class-archive-training/packages")));
        environment.putAll(RunningServices.runtimeLogin(infrastructure.database().runtime()));
        environment.put("MP_MESSAGING_INCOMING_ORDER_ASSESSED_GROUP_ID", "class-archive-training-" + UUID.randomUUID());
        environment.put("MP_MESSAGING_INCOMING_ORDER_ASSESSED_AUTO_OFFSET_RESET", "latest");
        return environment;
    }

    /** Where the classes of one start came from, as the JVM logged them. */
    private record ClassSources(long fromArchive, long fromJars) {

        long total() {
            return fromArchive + fromJars;
        }
    }

    private static ClassSources classesLoadedUntilReady(Path projectDir, Map<String, String> environment,
            Path logDir, List<String> extraJvmOptions) throws Exception {
        List<String> jvmOptions = new ArrayList<>(RunningServices.JVM_OPTIONS);
        jvmOptions.add("-Xlog:class+load=info:stdout");
        jvmOptions.addAll(extraJvmOptions);
        try (ServiceProcess process = ServiceProcess.prepare(SERVICE, projectDir, FreePort.pick(),
                environment, logDir, jvmOptions).start()) {
            process.awaitReady(LexRouteUnderTest.READY_TIMEOUT);
            List<String> loaded = process.output().lines().filter(line -> line.contains(" source: ")).toList();
            long fromArchive = loaded.stream().filter(line -> line.contains(FROM_ARCHIVE)).count();
            return new ClassSources(fromArchive, loaded.size() - fromArchive);
        }
    }
}
