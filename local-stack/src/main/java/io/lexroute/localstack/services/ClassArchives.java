package io.lexroute.localstack.services;

import io.lexroute.localstack.FreePort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class-data-sharing archives a service JVM starts from.
 *
 * <p>The build writes one ({@value #BUILT}), but Quarkus makes it by running only the application's static
 * initialisation, so the classes that the rest of a start loads (Flyway, the Kafka client, most of Hibernate: some
 * 10,000 of a service's 16,000) are not in it and come from the jars at every start. A <em>trained</em> archive
 * ({@value #TRAINED}) is dumped when a service that started completely, against a real Kafka and PostgreSQL, shuts
 * down; it holds nearly every class of a start. It belongs to the jar it was trained on and to the JVM that wrote it,
 * and is trained again when either changes.
 */
public final class ClassArchives {

    /** The archive Quarkus writes next to quarkus-run.jar when quarkus.package.jar.appcds.enabled is set. */
    static final String BUILT = "app-cds.jsa";
    static final String TRAINED = "app-cds-trained.jsa";
    /** Which JVM wrote the trained archive: a JVM of another build cannot use it. */
    static final String TRAINED_BY = "app-cds-trained.jvm";
    /** Dumping some 80 MB of classes at exit takes seconds, more on a busy machine. */
    private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(120);
    private static final Logger LOG = LoggerFactory.getLogger(ClassArchives.class);

    private ClassArchives() {
    }

    /** The archive to start the service of {@code jar} from: the trained one while it is current, else the built one. */
    public static Optional<Path> archiveFor(Path jar) {
        if (isTrained(jar)) {
            return Optional.of(jar.resolveSibling(TRAINED));
        }
        Path built = jar.resolveSibling(BUILT);
        return Files.isRegularFile(built) ? Optional.of(built) : Optional.empty();
    }

    /** Whether {@code jar} has a trained archive written after it, by this JVM's build. */
    public static boolean isTrained(Path jar) {
        Path trained = jar.resolveSibling(TRAINED);
        try {
            return Files.isRegularFile(trained)
                    && Files.getLastModifiedTime(trained).compareTo(Files.getLastModifiedTime(jar)) > 0
                    && Files.readString(jar.resolveSibling(TRAINED_BY)).equals(thisJvm());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether every service has a current trained archive. */
    public static boolean allTrained(Path projectDir) {
        return Stream.of(LexRouteService.values()).allMatch(service -> isTrained(service.runnableJar(projectDir)));
    }

    /**
     * Trains the archive of each of {@code services} that has no current one: starts them together on free ports with
     * {@code environment} (Kafka and PostgreSQL must be up, the services' schemas migrated, as a service run as the
     * runtime login only validates its own ({@link SchemaMigrations}), and nothing should be flowing: a training
     * instance is a real instance), waits until each is ready and stops them, each JVM writing its archive as it
     * exits. A service
     * whose training fails keeps the archive it had, with a warning: training only makes starts faster.
     *
     * @return the services whose archive was trained
     */
    public static List<LexRouteService> train(Path projectDir, Collection<LexRouteService> services,
            Map<String, String> environment, Path logDir, Duration readyTimeout)
            throws IOException, InterruptedException {
        List<ServiceProcess> training = new CopyOnWriteArrayList<>();
        List<ServiceProcess> ready = new ArrayList<>();
        // A run stopped (Ctrl-C) while training must not leave training JVMs behind.
        Thread stopTraining = new Thread(() -> ServiceProcess.closeAll(training, Duration.ofSeconds(2)),
                "class-archive-training-stop");
        Runtime.getRuntime().addShutdownHook(stopTraining);
        try {
            for (LexRouteService service : services) {
                Path jar = service.runnableJar(projectDir);
                if (!isTrained(jar)) {
                    Files.deleteIfExists(dumpFile(jar));
                    training.add(ServiceProcess.prepareTraining(service, projectDir, FreePort.pick(),
                            environment, logDir, RunningServices.JVM_OPTIONS, dumpFile(jar)).start());
                }
            }
            for (ServiceProcess process : training) {
                try {
                    process.awaitReady(readyTimeout);
                    ready.add(process);
                } catch (IllegalStateException e) {
                    LOG.warn("Class archive of {} not trained: {}", process.service().module(), e.getMessage());
                }
            }
        } finally {
            // Each JVM writes its archive as it exits.
            ServiceProcess.closeAll(training, DUMP_TIMEOUT);
            try {
                Runtime.getRuntime().removeShutdownHook(stopTraining);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is stopping them
            }
        }
        List<LexRouteService> trained = new ArrayList<>();
        for (ServiceProcess process : ready) {
            // A JVM killed while it wrote may have left a part of an archive.
            if (process.exitedCleanly() && keepDump(process.service().runnableJar(projectDir))) {
                trained.add(process.service());
            } else {
                LOG.warn("Class archive of {} not trained: its JVM did not finish writing it; see {}",
                        process.service().module(), process.logFile());
            }
        }
        return trained;
    }

    /** Makes a training JVM's dump the service's trained archive; false when it wrote none. */
    static boolean keepDump(Path jar) throws IOException {
        Path dump = dumpFile(jar);
        if (!Files.isRegularFile(dump) || Files.size(dump) == 0) {
            return false;
        }
        Files.writeString(jar.resolveSibling(TRAINED_BY), thisJvm(), StandardCharsets.UTF_8);
        Files.move(dump, jar.resolveSibling(TRAINED), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** Where a training JVM writes: a JVM stopped while it writes leaves no half archive under the used name. */
    static Path dumpFile(Path jar) {
        return jar.resolveSibling(TRAINED + ".partial");
    }

    /** The service JVMs are this JVM's own java (ServiceProcess), so its build identifies theirs. */
    private static String thisJvm() {
        return System.getProperty("java.home") + " " + System.getProperty("java.vm.version") + "\n";
    }
}
